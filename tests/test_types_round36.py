"""Round 36 of event types (invented sentences).

A body's offices, headquarters or premises closed or sealed by an authority are a coercive restriction (COERCE):
"the junta closed the offices of the electoral commission". Funding or assistance paused, frozen or halted is a
sanction as aid cut or suspended is: "paused funding for the agency". A shop closing or a market closing higher is
neither."""

from __future__ import annotations

import pytest
from helpers import require_event, rule_events, show_events


@pytest.mark.parametrize(
    "text,actor",
    [
        ("CONAKRY, May 3 — Guinea's junta closed the offices of the main opposition party on Friday.", "GIN"),
        ("MINSK, May 3 — Belarusian police sealed the headquarters of an independent trade union on Friday.", "BLR"),
    ],
)
def test_offices_closed_by_an_authority_are_coerce(text: str, actor: str) -> None:
    events = rule_events(text)
    ev = require_event(events, "COERCE", actor)
    assert not ev.negated


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, May 3 — Norway's main stock index closed higher on Friday.",
        "OSLO, May 3 — Norway closed its consulate in Murmansk on Friday.",
    ],
)
def test_closing_without_offices_is_no_coercion(text: str) -> None:
    events = rule_events(text)
    assert not [e for e in events if e.event == "COERCE"], show_events(events)


@pytest.mark.parametrize(
    "text,actor",
    [
        ("OTTAWA, May 3 — Canada paused funding for the refugee agency on Friday.", "CAN"),
        ("CANBERRA, May 3 — Australia froze assistance to the island's government on Friday.", "AUS"),
    ],
)
def test_funding_paused_is_a_sanction(text: str, actor: str) -> None:
    events = rule_events(text)
    ev = require_event(events, "SANCTION", actor)
    assert not ev.negated


def test_offices_shut_by_a_strike_are_its_toll() -> None:
    events = rule_events("ACCRA, May 3 — Ghana's teachers began a nationwide strike on Monday, shutting schools and "
                         "education offices across the country.")
    require_event(events, "PROTEST", "GHA")
    assert not [e for e in events if e.event == "COERCE"], show_events(events)
