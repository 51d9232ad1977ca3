"""What happened, when and where, for one claim: the `Event` it reports.

The event word nearest the claim (in its sentence or the two before it), its category, its day,
its name ('Storm Ciara'), the places and people around it. Counts, measures and days all tie
their claims to an event the same way, so this is one module they share.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from discrepancy.extract._common import _NOT_PLACES, _STATEMENT
from discrepancy.extract.anchors import _anchor, _day_of_event_word, _day_of_when_clause
from discrepancy.extract.rules import Phrase
from discrepancy.extract.text import _PLACE, _WORD, _an_adjective, _clean_place, _Sentence, _Text
from discrepancy.model import Claim, Event, ValueKind

# "Storm Ciara", "Hurricane Milton", "the Canyon Fire": an event with a name of its own.
_EVENT_NAME_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'\-]+)", regex.VERSION1)
_EVENT_NAME_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'\-]+)[ \t]+$", regex.VERSION1)
_NUMBERING = frozenset({"number", "no"})


def _event_for(
    text: _Text, span: tuple[int, int], sentence_index: int, *, phrase: Phrase | None = None
) -> Event:
    """What happened, when and where, for a claim: from its sentence, else the ones before it."""
    context = _context_sentences(text, sentence_index)
    if phrase is None:
        phrase = _nearest_event_phrase(text, span, context)
    category = text.categories[phrase.text] if phrase else ""
    own_day = _day_of_event_word(text, phrase) if phrase else None
    if own_day is None and phrase is not None and len(context) > 1 and _that_one(text, phrase):
        # "Two people died in that flood, and the embankment gave way on Tuesday": the flood
        # the sentences before told of, on their day
        own_day = _anchor(text, span, context[1:])
    if own_day is None:
        own_day = _day_of_when_clause(text, span, sentence_index)
    return Event(
        name=_event_name(text, phrase) if phrase else "",
        trigger=phrase.text if phrase else "",
        category=category,
        anchor=own_day or _anchor(text, span, context),
        places=_places(text, context, span),
        participants=_participants(text, context, span),
        article_places=text.places,
        distinct=phrase is not None and _introduces_another(text, phrase),
        word_before=phrase is not None and phrase.start < text.sentences[sentence_index].start,
    )


# "in that flood", "since that attack": the event word points back to one told before.
_THAT_BEFORE = regex.compile(
    r"\b(?i:in|during|after|since|before|from|of|by|at|like)[ \t]+(?i:that)[ \t]+$"
)


def _that_one(text: _Text, phrase: Phrase) -> bool:
    return _THAT_BEFORE.search(text.body, max(0, phrase.start - 16), phrase.start) is not None


def _event_name(text: _Text, phrase: Phrase) -> str:
    written = text.body[phrase.start : phrase.end]
    if not written[:1].isupper():
        return ""
    after = text.match_at(_EVENT_NAME_AFTER, phrase.end)
    if after and after.group(1).lower() in _NUMBERING:
        return ""  # "Storm Number Six", Vietnam's count of a season's storms: no name
    if after and after.group(1).lower() not in _NOT_PLACES:
        return after.group(1).lower()
    sentence = text.sentences[text.sentence_of(phrase.start)]
    lo = max(sentence.start, phrase.start - 30)
    before = _EVENT_NAME_BEFORE.search(text.body, lo, phrase.start)
    if before and before.start() > sentence.start and before.group(1).lower() not in _NOT_PLACES:
        return before.group(1).lower()
    return ""


def _introduces_another(text: _Text, phrase: Phrase) -> bool:
    """'a smaller quake', 'another deadly attack', 'a march in Halmstead too': a second event
    of the same kind."""
    before = text.body[max(0, phrase.start - 40) : phrase.start].lower()
    if text.rules.other_event_pattern.search(before) is not None:
        return True
    if _CAME_AFTER.search(text.body, max(0, phrase.start - 60), phrase.start) is not None:
        return True
    return text.match_at(_ONE_MORE_AFTER, phrase.end) is not None


# "The shooting came two days after a gunman killed four people in Toledo": the story's event
# set beside an earlier one, whose figures are its own.
_CAME_AFTER = regex.compile(
    r"\b(?:came|comes|happened|follows|followed|occurred)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:[\w\-]+\s+){0,2}(?:days?|weeks?|months?|hours?)\s+(?:after|before)\s+"
    r"(?:a|an|the|another)\s+(?:[\w\-]+\s+)?$",
    regex.I,
)


# "there was a march in Halmstead too", "a smaller fire in Leeds as well": another of its kind
_ONE_MORE_AFTER = regex.compile(
    r"[ \t]+(?:in|at|near)[ \t]+\p{Lu}[\p{L}'\-]*(?:[ \t]+\p{Lu}[\p{L}'\-]*)?[ \t]*,?[ \t]*"
    r"(?:too|as[ \t]+well)\b",
    regex.VERSION1,
)


def _context_sentences(text: _Text, index: int) -> list[_Sentence]:
    """The claim's sentence first, then up to two before it in the same paragraph."""
    own = text.sentences[index]
    earlier = [
        text.sentences[i]
        for i in range(index - 1, max(-1, index - 3), -1)
        if text.sentences[i].paragraph == own.paragraph
    ]
    return [own, *earlier]


def _nearest_event_phrase(
    text: _Text, span: tuple[int, int], context: Sequence[_Sentence]
) -> Phrase | None:
    for sentence in context:
        phrases = [
            p
            for p in text.phrases_near(sentence, span)
            if text.categories.get(p.text, _STATEMENT) != _STATEMENT
        ]
        if phrases:
            return min(phrases, key=lambda p: text.distance(span, (p.start, p.end)))
    return None


def _event_category(text: _Text, span: tuple[int, int]) -> str:
    """The kind of event whose word stands nearest the figure (its sentence, then before)."""
    context = _context_sentences(text, text.sentence_of(span[0]))
    phrase = _nearest_event_phrase(text, span, context)
    return text.categories[phrase.text] if phrase is not None else ""


def _narrowing_category(text: _Text, span: tuple[int, int]) -> str:
    """The kind of event a trigger narrowed to some kinds serves in: the event word nearest
    the figure, else, in a paragraph that names none ("Team K came second with 12.4%"), the
    first the article names."""
    return _event_category(text, span) or _opening_category(text)


@functools.lru_cache(maxsize=1)  # the article being read; no older one is kept alive
def _opening_category(text: _Text) -> str:
    first = next((p for p in text.phrases if _names_an_event(text, p)), None)
    return text.categories[first.text] if first is not None else ""


def _names_an_event(text: _Text, phrase: Phrase) -> bool:
    return text.categories.get(phrase.text, _STATEMENT) != _STATEMENT


def _places(text: _Text, context: Sequence[_Sentence], span: tuple[int, int]) -> tuple[str, ...]:
    for sentence in context:
        found = [
            place
            for m in _PLACE.finditer(text.body, *text.around(sentence, span))
            if not _an_adjective(text.body, m) and not _a_part_s_place(text, span, m.start())
            if (place := _clean_place(m.group(1)))
        ]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


# "two people have died, one of them here in Lake Charles": the place is the one's
_PART_AFTER = regex.compile(
    r"\b(?:(?:one|two|three|some|most|many|several|all)\s+of\s+(?:them|whom)|including"
    r"|among\s+them)\b",
    regex.I,
)


def _a_part_s_place(text: _Text, span: tuple[int, int], place_at: int) -> bool:
    """A place told after the figure of some of what it counts, not of all of it."""
    if place_at <= span[1] or place_at - span[1] > _PART_REACH:
        return False
    return _PART_AFTER.search(text.body, span[1], place_at) is not None


_PART_REACH = 80


def _participants(
    text: _Text, context: Sequence[_Sentence], span: tuple[int, int]
) -> tuple[str, ...]:
    words = {
        w.lower().removesuffix("'s")
        for w in _WORD.findall(text.body, *text.around(context[0], span))
    }
    return tuple(s for s in text.surnames if s.lower() in words)


@dataclass(frozen=True, slots=True)
class _OtherEvent:
    """'a separate fire broke out ... north of Briagolong': a second event the article tells."""

    sentence: int
    paragraph: int
    category: str
    places: frozenset[str]
    told: tuple[int, int]  # the sentence that introduces it: a place it names ("of Briagolong")
    # "In a separate incident on Tuesday, a roadside bomb killed two soldiers": fronted, it
    # makes the rest of its own sentence the other event's too
    opens: bool = False


_FRONTED_ANOTHER = regex.compile(
    r"\s*(?i:in|during)\s+(?i:a\s+separate|another|an\s+unrelated)\s+[\w\-]+(?:\s+[\w\-]+)?\s*$"
)


# Sentences after the one that introduces another event which still tell of it, unless they
# name its place: "Pushed along by the same wind change, it burnt through 3,200 hectares".
_OTHER_EVENT_SENTENCES = 2


def _other_events(text: _Text) -> list[_OtherEvent]:
    """The other events an article introduces after its lead paragraph: one its lead introduces
    ('a second earthquake in less than a week has brought down buildings') is its own."""
    found = []
    lead_paragraph = text.sentences[0].paragraph if text.sentences else -1
    for phrase in text.phrases:
        category = text.categories.get(phrase.text, _STATEMENT)
        if category == _STATEMENT or not _introduces_another(text, phrase):
            continue
        index = text.sentence_of(phrase.start)
        sentence = text.sentences[index]
        if sentence.paragraph == lead_paragraph:
            continue
        places = _places(text, [sentence], (phrase.start, phrase.end))
        told = (sentence.start, sentence.end)
        opens = _FRONTED_ANOTHER.match(text.body, sentence.start, phrase.end) is not None
        found.append(
            _OtherEvent(index, sentence.paragraph, category, frozenset(places), told, opens)
        )
    return found


def _of_other_events(text: _Text, claims: Sequence[Claim]) -> list[Claim]:
    """A figure told after another event is introduced is that event's, not the article's own:
    in the next sentences of its paragraph, or further on where it names the event's place."""
    others = _other_events(text)
    if not others:
        return list(claims)
    return [_of_other_event(text, claim, others) for claim in claims]


def _of_other_event(text: _Text, claim: Claim, others: Sequence[_OtherEvent]) -> Claim:
    event = claim.event
    if claim.value_kind == ValueKind.NAME or event.distinct:
        return claim
    index = text.sentence_of(text.body_offset(claim.start))
    paragraph = text.sentences[index].paragraph
    for other in reversed(others):
        fronted = other.sentence == index and other.opens and claim.start > other.told[0]
        if (other.sentence >= index and not fronted) or (
            event.category and event.category != other.category and not fronted
        ):
            continue
        near = fronted or (
            other.paragraph == paragraph and index - other.sentence <= _OTHER_EVENT_SENTENCES
        )
        named = any(text.body.find(place, *other.told) >= 0 for place in event.places)
        if near or named:
            places = tuple(dict.fromkeys((*event.places, *sorted(other.places))))
            return replace(claim, event=replace(event, distinct=True, places=places))
    return claim
