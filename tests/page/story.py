"""A small hand-made record for the page tests: a 2023 Baltic pipeline story and one hostile excerpt."""

from __future__ import annotations

import hashlib
from datetime import date

from excerpt.models import Excerpt, Label, Paragraph, Span
from parity.models import Claim, ClaimLink, Difference, Origin, Parity, Relation, Status
from timeline.models import DateResolution, Event, Evidence, ExcerptRecord, Quote, Timeline, event_id

NM_BODY = """Finland says pipeline damage was caused by "external activity"

Finnish President Sauli Niinist\u00f6 said on Tuesday that damage to the Balticconnector gas pipeline \
was likely caused by \u201cexternal activity\u201d, not by an accident at sea.

The pipeline, which links Finland and Estonia under the Gulf of Finland, was damaged early on Sunday, \
the operator Gasgrid said.

Estonian and Finnish navy vessels are scheduled to patrol the area this weekend, officials said.

Investigators believe a ship's anchor dragged along the seabed for several kilometres.

A Finnish coast guard vessel near Helsinki. Photo: Lehtikuva
"""

BR_BODY = """Niinist\u00f6 on Monday blamed 'external activity' for the damage to the Balticconnector pipeline, \
a day after investigators found it.

A Chinese-flagged container ship was identified last week as having crossed the pipeline route, \
according to Finnish police.

Gasgrid said the pipeline was damaged on 8 October and repairs could take months.

(Related: Read our earlier coverage of Baltic Sea security)
"""

WB_BODY = """NATO said it would step up patrols in the Baltic Sea in October after the pipeline incident.

Gasgrid said the pipeline was damaged on 8 October and repairs could take months.
"""

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_OUTLET = '"><img src=x onerror=alert(1)>'
HOSTILE_BODY = """<script>alert(1)</script>

The spokesman said </script><script>alert(2)</script> was not a ship, and {{ 7*7 }} vessels \
{% raw %} left port on 3 October 2023.

<img src=x onerror=alert(3)> & "quotes" 'single' {% endraw %}
"""

# Non-story lines of the fixtures, by their opening words: (label, reason).
LABELS = {
    "A Finnish coast guard": (Label.photo_caption, "ends with a photo credit"),
    "(Related:": (Label.related_link, "starts with (Related:"),
    "<img src=x": (Label.pasted_headline, "markup pasted into the body"),
}


def _paragraphs(body: str, title: str) -> tuple[Paragraph, ...]:
    """Paragraphs split at blank lines, labelled here so the fixture does not follow the labeller."""
    out, pos = [], 0
    for chunk in body.split("\n\n"):
        text = chunk.strip()
        if text:
            start = body.index(text, pos)
            label, reason = Label.story, ""
            if not out and text == title:
                label, reason = Label.headline, "first line repeats the title"
            for opening, (lab, why) in LABELS.items():
                if text.startswith(opening):
                    label, reason = lab, why
            out.append(Paragraph(start=start, end=start + len(text), label=label, reason=reason,
                                 sentences=(Span(start=start, end=start + len(text)),)))
        pos += len(chunk) + 2
    return tuple(out)


def _excerpt(xid: str, title: str, outlet: str, body: str, **meta: object) -> Excerpt:
    return Excerpt(id=xid, path=f"tests/page/{xid}.txt", sha256=hashlib.sha256(body.encode()).hexdigest(),
                   title=title, outlet=outlet, body=body, paragraphs=_paragraphs(body, title), **meta)


def excerpts() -> list[Excerpt]:
    """The four excerpts: three on the story (one republished, one month-only) and one hostile."""
    return [
        _excerpt("nm1", 'Finland says pipeline damage was caused by "external activity"', "Nordic Monitor",
                 NM_BODY, url="https://nordic-monitor.example/2023/10/pipeline", published="2023-10-11"),
        _excerpt("br2", "Niinist\u00f6 blames external activity", "Baltic Report", BR_BODY,
                 url="https://baltic-report.example/news/1234", published="2023-10-19", as_of="2023-10-12",
                 author="Kadri Tamm"),
        _excerpt("wb3", "NATO to step up Baltic patrols", "Wirebeat Syndication", WB_BODY,
                 published="2023-10", warnings=("unknown front-matter key 'pubished'",),
                 extra={"pubished": "2023-10-02"}),
        _excerpt("zz9", HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_BODY, url="javascript:alert(1)",
                 author="<b>bold</b>"),
    ]


def _event(x: Excerpt, kind: str, exact: str, summary: str, day: tuple[str, str] | None = None,
           phrase: str | None = None, basis: str = "", relative_to: str | None = None,
           **fields: object) -> Event:
    start = x.body.index(exact)
    dr = DateResolution()
    if day is not None:
        dr = DateResolution(start=date.fromisoformat(day[0]), end=date.fromisoformat(day[1]), phrase=phrase,
                            basis=basis, relative_to=relative_to)
    return Event(id=event_id(x.id, kind, exact), excerpt=x.id, kind=kind, summary=summary, date=dr,
                 evidence=Evidence.of(x.body, start, start + len(exact)), **fields)


def events(xs: list[Excerpt]) -> dict[str, Event]:
    """The events by a short name; record order comes from Event.sort_key."""
    nm, br, wb, zz = xs
    return {
        "nm_says": _event(
            nm, "statement", "Finnish President Sauli Niinist\u00f6 said on Tuesday that damage to the "
            "Balticconnector gas pipeline was likely caused by \u201cexternal activity\u201d",
            "Niinist\u00f6 blames external activity for the pipeline damage", ("2023-10-10", "2023-10-10"),
            "on Tuesday", "'on Tuesday', past tense, text written Wed 2023-10-11 -> Tue 2023-10-10", "published",
            actor="Sauli Niinist\u00f6", actor_role="Finnish President", quote=Quote(text="external activity")),
        "nm_damage": _event(
            nm, "other", "The pipeline, which links Finland and Estonia under the Gulf of Finland, was damaged "
            "early on Sunday", "The Balticconnector pipeline is damaged", ("2023-10-08", "2023-10-08"),
            "early on Sunday", "'on Sunday', past tense, text written Wed 2023-10-11 -> Sun 2023-10-08",
            "published"),
        # Overlaps the end of nm_damage: the overlap must become its own segment listing both events.
        "nm_gasgrid": _event(nm, "statement", "was damaged early on Sunday, the operator Gasgrid said",
                             "Gasgrid reports the damage", actor="Gasgrid"),
        "nm_patrol": _event(
            nm, "deployment", "Estonian and Finnish navy vessels are scheduled to patrol the area this weekend",
            "Estonian and Finnish navy vessels to patrol the area", ("2023-10-14", "2023-10-15"), "this weekend",
            "'this weekend', future tense, text written Wed 2023-10-11 -> Sat 2023-10-14 to Sun 2023-10-15",
            "published", modality="planned", tense="future", participants=["Estonia", "Finland"]),
        "nm_anchor": _event(nm, "other", "Investigators believe a ship's anchor dragged along the seabed",
                            "A ship's anchor dragged along the seabed", modality="reported_claim"),
        "br_says": _event(
            br, "statement", "Niinist\u00f6 on Monday blamed 'external activity' for the damage",
            "Niinist\u00f6 blames external activity for the pipeline damage", ("2023-10-09", "2023-10-09"),
            "on Monday", "'on Monday', past tense, text written Thu 2023-10-12 -> Mon 2023-10-09", "as_of",
            actor="Sauli Niinist\u00f6", quote=Quote(text="external activity")),
        "br_ship": _event(
            br, "ship_movement", "A Chinese-flagged container ship was identified last week as having crossed "
            "the pipeline route", "A container ship crossed the pipeline route", ("2023-10-02", "2023-10-08"),
            "last week", "'last week', past tense, text written Thu 2023-10-12 -> Mon 2023-10-02 to "
            "Sun 2023-10-08", "as_of", via="Finnish police", modality="reported_claim"),
        "br_gasgrid": _event(br, "statement", "Gasgrid said the pipeline was damaged on 8 October",
                             "Gasgrid says the pipeline was damaged on 8 October", ("2023-10-08", "2023-10-08"),
                             "on 8 October", "'on 8 October', a full date -> Sun 2023-10-08", "absolute",
                             actor="Gasgrid"),
        "wb_nato": _event(wb, "deployment", "NATO said it would step up patrols in the Baltic Sea in October",
                          "NATO to step up Baltic Sea patrols", ("2023-10-01", "2023-10-31"), "in October",
                          "'in October', month of a month-only date 2023-10 -> 2023-10-01 to 2023-10-31",
                          "published", actor="NATO", modality="expected", tense="future"),
        "wb_gasgrid": _event(wb, "statement", "Gasgrid said the pipeline was damaged on 8 October",
                             "Gasgrid says the pipeline was damaged on 8 October", ("2023-10-08", "2023-10-08"),
                             "on 8 October", "'on 8 October', a full date -> Sun 2023-10-08", "absolute",
                             actor="Gasgrid"),
        "zz_ship": _event(zz, "ship_movement", "{{ 7*7 }} vessels {% raw %} left port on 3 October 2023",
                          "</script><script>alert(5)</script> {{ 7*7 }} left port", ("2023-10-03", "2023-10-03"),
                          "on 3 October 2023", "'{% raw %}' <b>basis</b>", "absolute",
                          actor="<img src=x onerror=alert(4)>", quote=Quote(text="</script>{{ 7*7 }}",
                                                                            direct=False)),
    }


def _link(e: Event, agrees: bool = True, independent: bool = True, relation: str = "same_event",
          differences: tuple[Difference, ...] = ()) -> ClaimLink:
    return ClaimLink(event=e.id, excerpt=e.excerpt, relation=Relation(relation), agrees=agrees,
                     independent=independent, differences=list(differences))


def parity(ev: dict[str, Event]) -> Parity:
    """Claims: one date conflict, corroboration, an echo of one wire copy, single-source claims."""
    date_diff = Difference(attribute="date", here="2023-10-10", there="2023-10-09")
    back_diff = Difference(attribute="date", here="2023-10-09", there="2023-10-10")

    def claim(name: str, status: Status, *links: ClaimLink) -> Claim:
        return Claim(event=ev[name].id, excerpt=ev[name].excerpt, status=status, links=list(links))

    claims = [
        claim("nm_says", Status.conflicting, _link(ev["br_says"], False, differences=(date_diff,))),
        claim("nm_damage", Status.corroborated, _link(ev["br_gasgrid"])),
        claim("nm_gasgrid", Status.corroborated, _link(ev["br_gasgrid"])),
        claim("nm_patrol", Status.later_development, _link(ev["wb_nato"], relation="same_topic")),
        claim("nm_anchor", Status.single_source),
        claim("br_says", Status.conflicting, _link(ev["nm_says"], False, differences=(back_diff,))),
        claim("br_ship", Status.single_source),
        claim("br_gasgrid", Status.corroborated, _link(ev["nm_damage"]),
              _link(ev["wb_gasgrid"], independent=False)),
        claim("wb_nato", Status.single_source),
        claim("wb_gasgrid", Status.echo, _link(ev["br_gasgrid"], independent=False)),
        claim("zz_ship", Status.single_source),
    ]
    origins = [Origin(name="Wirebeat wire copy", events=[ev["br_gasgrid"].id, ev["wb_gasgrid"].id],
                      excerpts=["br2", "wb3"], basis="near-duplicate text")]
    return Parity(claims=sorted(claims, key=lambda c: c.event), origins=origins)


def timeline(xs: list[Excerpt], ev: dict[str, Event]) -> Timeline:
    """The record: excerpts' metadata and the events in record order."""
    records = [ExcerptRecord(**x.model_dump(include=set(ExcerptRecord.model_fields))) for x in xs]
    return Timeline(excerpts=records, events=sorted(ev.values(), key=Event.sort_key))


def record() -> tuple[list[Excerpt], Timeline, Parity]:
    """Excerpts, timeline and parity of the fixture story."""
    xs = excerpts()
    ev = events(xs)
    return xs, timeline(xs, ev), parity(ev)
