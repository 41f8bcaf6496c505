"""Generate realistic folders of saved excerpts (~600 words each) from the word lists in bench/data."""

from __future__ import annotations

import json
import random
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EVENT_KINDS = ("statement", "ship_movement", "missile_test", "nuclear_test", "deployment",
               "military_exercise", "meeting", "sanction")
# How often each kind happens in a story: statements dominate news copy, nuclear tests are rare.
KIND_WEIGHTS = (10, 3, 2, 0.3, 2, 2, 2, 1.5)
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
SLOT = re.compile(r"\{(\w+)\}")


@cache
def data(name: str) -> dict[str, Any]:
    """One word-list file of bench/data, parsed."""
    with open(DATA / f"{name}.toml", "rb") as fh:
        return tomllib.load(fh)


def fill(template: str, slots: dict[str, str]) -> str:
    """A template with its {slots} filled; unknown slots stay as written (a test catches them)."""
    return SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), template)


@dataclass
class StoryEvent:
    """One thing that happens in a story on one day (each outlet reports it in words of its own)."""

    kind: str
    day: date


@dataclass
class Story:
    """A crisis between two countries, watched by a third, with its events in day order."""

    slots: dict[str, str]
    start: date
    events: list[StoryEvent] = field(default_factory=list)


@dataclass
class Written:
    """An excerpt as generated: front matter values and body, before it becomes a file."""

    meta: dict[str, str]
    body: str
    story: int
    outlet: dict[str, str]
    anchor: date  # the day the text was written, even where the page no longer says so
    origin: int = -1  # the position of the original this text reprints or spins (its own for an original)


def person(rng: random.Random, adj: str) -> dict[str, str]:
    """A made-up official: full name, surname and role."""
    people = data("people")
    first, last = rng.choice(people["first"]), rng.choice(people["last"])
    role = rng.choice(people["role"]).format(adj=adj)
    return {"name": f"{first} {last}", "last": last, "role": role}


def make_story(rng: random.Random) -> Story:
    """A story: three countries, a topic, places, hardware, and 10-20 dated events."""
    world, prose = data("world"), data("prose")
    a, b, c = rng.sample(world["country"], 3)
    hw, places = world["hardware"], world["places"]
    speaker = person(rng, a["adj"])
    slots = {
        "a": a["name"], "b": b["name"], "c": c["name"],
        "A": a["name"][:1].upper() + a["name"][1:],
        "a_adj": a["adj"], "b_adj": b["adj"], "c_adj": c["adj"],
        "a_cap": a["capital"], "b_cap": b["capital"], "c_cap": c["capital"],
        "a_formal": a["formal"], "b_formal": b["formal"],
        "agency": rng.choice([a, b, c])["agency"],
        "topic": rng.choice(prose["topics"]),
        "sea": rng.choice(places["sea"]), "land": rng.choice(places["land"]),
        "base": rng.choice(places["base"]),
        "missile": rng.choice(hw["missile"]), "missile_short": rng.choice(prose["missile_short"]),
        "ship": f"{rng.choice(hw['ship_prefix'])} {rng.choice(hw['ship_name'])}",
        "system": rng.choice(hw["system"]), "exercise": rng.choice(hw["exercise"]),
        "sanction": rng.choice(hw["sanction"]),
        "actor": f"{speaker['role'][0].upper()}{speaker['role'][1:]} {speaker['name']}",
        "actor_plain": speaker["name"], "name": speaker["last"],
        "short": rng.choice(data("people")["short_role"]),
    }
    start = date(rng.randint(1996, 2025), rng.randint(1, 12), rng.randint(1, 28))
    story = Story(slots=slots, start=start)
    day = start
    for _ in range(rng.randint(10, 20)):
        day += timedelta(days=rng.choice([0, 1, 1, 2, 3, 5, 8, 13]))
        kind = rng.choices(EVENT_KINDS, KIND_WEIGHTS)[0]
        story.events.append(StoryEvent(kind, day))
    return story


def full_date(rng: random.Random, day: date, style: str) -> str:
    """A whole date as an outlet of this style writes it."""
    dates = data("dates")
    return fill(rng.choice(dates["full"][style]), {
        "day": str(day.day), "month": MONTHS[day.month - 1], "mon": dates["full"]["mon"][day.month - 1],
        "year": str(day.year), "weekday": WEEKDAYS[day.weekday()], "iso": day.isoformat()})


def _fits(phrase: str, day: date, anchor: date) -> bool:
    """False for a phrase that would be wrong for this day (a 'weekend' on a Tuesday, ...)."""
    same_week = day.isocalendar()[:2] == anchor.isocalendar()[:2]
    if "weekend" in phrase and day.weekday() < 5:
        return False
    if "this week" in phrase and not same_week:
        return False
    if phrase.startswith("next week"):
        return (day - timedelta(days=7)).isocalendar()[:2] == anchor.isocalendar()[:2]
    if phrase.startswith("next ") and "{weekday}" in phrase:
        return not same_week
    return True


def date_phrase(rng: random.Random, day: date, anchor: date, style: str) -> str:
    """A phrase for `day` as written on `anchor`: 'on Monday', 'last week', 'in October', ..."""
    dates = data("dates")
    delta = (anchor - day).days
    if 0 <= delta <= 6:
        options = dates["past_days"][str(delta)]
    elif -6 <= delta < 0:
        options = dates["future_days"][str(-delta)]
    elif delta < 0:
        options = dates["future_far"]
    elif (anchor - timedelta(days=anchor.weekday() + 7)) <= day < anchor - timedelta(days=anchor.weekday()):
        options = dates["last_week"]
    elif (day.year, day.month) == (anchor.year, anchor.month):
        options = dates["this_month"]
    elif (anchor.replace(day=1) - timedelta(days=1)).replace(day=1) <= day < anchor.replace(day=1):
        options = dates["last_month"]
    else:
        options = dates["older"]
    options = [p for p in options if _fits(p, day, anchor)] or ["on {full}"]
    short = full_date(rng, day, style).split(",")[0] if style in ("us", "ap") else f"{day.day} {MONTHS[day.month - 1]}"
    return fill(rng.choice(options), {
        "weekday": WEEKDAYS[day.weekday()], "month": MONTHS[day.month - 1], "year": str(day.year),
        "short": short, "full": full_date(rng, day, style)})


def composed(rng: random.Random, s: dict[str, str]) -> str:
    """A background paragraph of two sentences composed from parts (who, verb, what)."""
    prose = data("prose")
    parts = []
    for _ in range(2):
        parts.append(f"{rng.choice(prose['bg_who'])} {rng.choice(prose['bg_verb'])} {rng.choice(prose['bg_what'])}.")
    return _cap(fill(" ".join(parts), s))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_story_excerpt(rng: random.Random, story: Story, outlet: dict[str, str], target_words: int) -> tuple[str, date, str]:
    """A headline and ~target_words of body about a story as one outlet saw it on one day."""
    prose = data("prose")
    past_from = rng.randrange(2, len(story.events))
    anchor = story.events[past_from].day + timedelta(days=rng.choice([0, 0, 1, 2]))
    past = [e for e in story.events if e.day <= anchor][-rng.randint(4, 8):]
    forward = {k for k, ts in prose["events"].items() if any("{when_future}" in x for x in ts)}
    future = [e for e in story.events if e.day > anchor and e.kind in forward][:2]  # planned, in the future tense
    style = outlet["date_style"]
    s = dict(story.slots)
    quotes = prose["quotes"]
    photo = data("people")
    s["photographer"] = f"{rng.choice(photo['first'])} {rng.choice(photo['last'])}"
    s["photo_agency"] = rng.choice(prose["photo_agencies"])
    s["count"] = rng.choice(ORDINALS)
    s["count_n"] = str(rng.randint(6, 90))

    def event_paragraph(ev: StoryEvent) -> str:
        s["when"] = date_phrase(rng, ev.day, anchor, style)
        s["when_future"] = date_phrase(rng, max(ev.day, anchor + timedelta(days=1)), anchor, style)
        q = rng.choice(quotes)
        s["quote"], s["quote_lc"], s["quote_c"] = q, q[:1].lower() + q[1:], q[:-1] + ","
        # Each outlet words an event its own way (one wording per story made every report of it a copy
        # of the others to copy detection); a future event wants a template that looks forward.
        templates = prose["events"][ev.kind]
        ahead = [t for t in templates if ("{when_future}" in t) == (ev.day > anchor)]
        text = fill(rng.choice(ahead or templates), s)
        s["actor"] = rng.choice([f"{rng.choice(photo['honorific'])} {s['name']}", s["name"]])  # second mention
        return _cap(text)

    title = _cap(fill(rng.choice(prose["titles"]), s))
    paras = [title]
    if rng.random() < 0.5:
        paras.append(fill(rng.choice(prose["caption"]), s))
    events = list(reversed(past)) + future  # news copy leads with the latest
    background = rng.sample(prose["background"], 4) + [composed(rng, s) for _ in range(12)]
    rng.shuffle(background)
    for i, ev in enumerate(events):
        paras.append(event_paragraph(ev))
        if rng.random() < 0.2:
            paras.append(_cap(fill(rng.choice(prose["anaphora"]), s)))
        if i % 2 == 1 and background:
            paras.append(fill(background.pop(), s))
        if i == 2 and rng.random() < 0.4:
            paras.append(fill(rng.choice(prose["related"]), s))
    while sum(len(p.split()) for p in paras) < target_words and background:
        paras.append(fill(background.pop(), s))
    fillers = rng.sample(prose["filler"], len(prose["filler"]))
    while sum(len(p.split()) for p in paras) < target_words and fillers:
        q = rng.choice(quotes)
        s["quote"], s["quote_lc"], s["quote_c"] = q, q[:1].lower() + q[1:], q[:-1] + ","
        s["short_cap"] = _cap(s["short"])
        paras.insert(rng.randint(2, len(paras)), _cap(fill(fillers.pop(), s)))
    while sum(len(p.split()) for p in paras) < target_words:  # rare: repeat a report, as wires do
        paras.append(event_paragraph(rng.choice(past)))
    return title, anchor, "\n\n".join(paras) + "\n"


def published_value(rng: random.Random, day: date) -> str:
    """The date the saved page carries: mostly a day, sometimes only a month or year, or unknown."""
    r = rng.random()
    if r < 0.82:
        return day.isoformat()
    if r < 0.92:
        return day.isoformat()[:7]
    if r < 0.96:
        return str(day.year)
    return ""


def spin(rng: random.Random, body: str, story: Story) -> str:
    """Machine-rewritten copy: synonyms swapped and formal country names, whole words only."""
    swaps = [pair for pair in data("spin")["swaps"] if rng.random() < 0.7]
    swaps += [[story.slots["a"], story.slots["a_formal"]], [story.slots["b"], story.slots["b_formal"]]]
    for old, new in swaps:
        body = re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", new, body)
    return body


def generate(n: int, seed: int = 1, html_share: float = 0.0) -> dict[str, bytes]:
    """n excerpt files (name -> bytes): originals, reprints and spun copies of many stories."""
    rng = random.Random(seed)
    written = _written(rng, n)
    files: dict[str, bytes] = {}
    for i, w in enumerate(written):
        meta = dict(w.meta)
        if meta.get("as_of") == meta["published"] and rng.random() < 0.6:
            meta.pop("as_of")  # most pages carry only the one date
        if rng.random() < html_share:
            files[f"{i:05d}.html"] = to_html(meta, w.body).encode("utf-8")
        else:
            files[f"{i:05d}.txt"] = to_txt(meta, w.body).encode("utf-8")
    return files


def origins(n: int, seed: int = 1) -> list[int]:
    """For each of generate(n, seed)'s excerpts, in file order, the position of the original it copies (its own
    for an original): the copies the generator meant, which copy detection should group and nothing else."""
    return [w.origin for w in _written(random.Random(seed), n)]


def _written(rng: random.Random, n: int) -> list[Written]:
    """The n texts generate writes, in order, from rng."""
    outlets = data("outlets")
    stories = [make_story(rng) for _ in range(max(2, n // 12 + 1))]
    written: list[Written] = []
    for _ in range(n):
        r = rng.random()
        if written and r < 0.10:  # a reprint: same body, later page date, as_of kept or lost
            src = rng.choice(written)
            name = rng.choice(outlets["aggregators"]["reprint"])
            page_day = src.anchor + timedelta(days=rng.randint(2, 10))
            note = fill(rng.choice(data("prose")["reprint_note"]), {"outlet": src.outlet["name"]})
            meta = dict(src.meta, outlet=name, published=page_day.isoformat(),
                        url=f"https://{name.lower().replace(' ', '')}.example/{page_day.isoformat()}/{rng.randrange(10**6)}")
            if rng.random() < 0.3:
                meta.pop("as_of", None)  # the hard case: nothing says the text is older than the page
            written.append(Written(meta, src.body + "\n" + note + "\n", src.story,
                                   {"name": name, "date_style": "uk"}, src.anchor, src.origin))
            continue
        if written and r < 0.18:  # a spun copy: rewritten words, same day or a day later
            src = rng.choice(written)
            name = rng.choice(outlets["aggregators"]["spin"])
            meta = dict(src.meta, outlet=name, url=f"https://{name.lower().replace(' ', '')}.example/{rng.randrange(10**6)}")
            written.append(Written(meta, spin(rng, src.body, stories[src.story]), src.story,
                                   {"name": name, "date_style": "us"}, src.anchor, src.origin))
            continue
        k = rng.randrange(len(stories))
        outlet = rng.choice(outlets["outlet"])
        title, anchor, body = write_story_excerpt(rng, stories[k], outlet, rng.randint(540, 680))
        meta = {"title": title, "outlet": outlet["name"],
                "url": f"https://{outlet['domain']}/{anchor.year}/{anchor.month:02d}/{rng.randrange(10**6)}",
                "published": published_value(rng, anchor), "as_of": anchor.isoformat()}
        if rng.random() < 0.6:
            people = data("people")
            meta["author"] = f"{rng.choice(people['first'])} {rng.choice(people['last'])}"
        written.append(Written(meta, body, k, outlet, anchor, len(written)))
    return written


def to_txt(meta: dict[str, str], body: str) -> str:
    """A .txt excerpt: TOML front matter (JSON strings are valid TOML basic strings), then the body."""
    order = ("title", "outlet", "url", "published", "as_of", "author")
    lines = ["+++"] + [f"{k} = {json.dumps(meta[k], ensure_ascii=False)}" for k in order if k in meta] + ["+++"]
    return "\n".join(lines) + "\n" + body


def to_html(meta: dict[str, str], body: str) -> str:
    """A saved web page: metadata in meta tags and JSON-LD, the story in <article>, with boilerplate."""
    from html import escape

    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "publisher": {"@type": "Organization", "name": meta["outlet"]}}
    if meta.get("author"):
        ld["author"] = {"@type": "Person", "name": meta["author"]}
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n")[1:] if p.strip())
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        f"<title>{escape(meta['title'])} | {escape(meta['outlet'])}</title>\n"
        f"<meta property=\"og:title\" content=\"{escape(meta['title'])}\">\n"
        f"<meta property=\"og:site_name\" content=\"{escape(meta['outlet'])}\">\n"
        f"<meta property=\"article:published_time\" content=\"{escape(meta['published'])}\">\n"
        f"<link rel=\"canonical\" href=\"{escape(meta['url'])}\">\n"
        f"<script type=\"application/ld+json\">{json.dumps(ld)}</script>\n"
        "<script>window.analytics = [];</script><style>body{font-family:serif}</style></head>\n"
        "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
        f"<article><h1>{escape(meta['title'])}</h1>\n{paras}\n</article>\n"
        "<div class=\"share\">Share on social media</div>\n"
        "<aside class=\"related\"><h2>Related stories</h2><ul><li><a href=\"/x\">More news</a></li></ul></aside>\n"
        "</body></html>\n"
    )


def write_folder(dest: str | Path, n: int, seed: int = 1, html_share: float = 0.0) -> Path:
    """Write n generated excerpts into dest (created; existing generated files are replaced)."""
    out = Path(dest)
    out.mkdir(parents=True, exist_ok=True)
    for name, raw in generate(n, seed, html_share).items():
        (out / name).write_bytes(raw)
    return out
