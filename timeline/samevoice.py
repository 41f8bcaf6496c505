"""A state's words told inside its own official's words are one statement (session 19, extras19): "Russian Deputy
Foreign Minister Ivan Petrov said that Moscow would not be drawn into an arms race", "the Russian ambassador said Moscow
regarded the flight as a provocation": the official speaks for the state the role names, so that state's verb of speech
or view inside the official's reported words is no second statement. Kept: a state's words with a day of their own ("said
Tokyo had lodged a protest on Monday": a protest delivered that day), another state's words ("Foreign Minister Lavrov
said Kyiv had refused": the role names no state, or another), words inside a state's own statement."""

from __future__ import annotations

from timeline import lexicon as L
from timeline.drafts import Draft
from timeline.frames import Frame


def echoed(framed: list[tuple[Draft, Frame]]) -> list[Draft]:
    """The statements of a sentence that only echo the state of the official whose reported words hold them."""
    out: list[Draft] = []
    for st, fr in framed:
        if not fr.speakers or fr.speakers[0].kind != "entity" or st.mention is not None or st.actor is None:
            continue
        outer = next((d for d, f in framed if f is not fr and f.content is not None and f.speakers
                      and f.content[0] <= fr.region_start and fr.verb_end <= f.content[1]
                      and f.verb_start < fr.region_start), None)
        if outer is not None and outer.actor != st.actor and outer.role and L.entity_named_in(outer.role) == st.actor:
            out.append(st)  # the official's role names the state: "Russian Deputy Foreign Minister X said Moscow ..."
    return out
