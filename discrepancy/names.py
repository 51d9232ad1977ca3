"""People's names: find them, fold transliterations, tell a variant from a misspelling."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import regex
from rapidfuzz.distance import Indel

from discrepancy.rulebook import NameFold, Rulebook

# Two or three capitalised words, optionally after title words; "JD" and "O'Brien" count.
# "U.S." counts as one word; a word never ends in an apostrophe: "Industries' plans".
_NAME_WORD = r"(?:(?:\p{Lu}\.)+|\p{Lu}(?:[\p{L}'\-]*\p{L})?\.?)"
# The small words inside a name: "Pieter van Oosterhout", "Hendrik-Jan van de Kamp",
# "Norhayati binti Haji Abdul Karim" (a Malay name and the father's after it). Not a bare "de",
# "da", "do" or "del": "Rio de Janeiro", "Estádio do Farol", "Tribunal da Relação de Lisboa" are
# places and bodies far more often.
_PARTICLE = r"(?:(?:van|von)(?:[ \t]+(?:de|der|den|het))?|ter|bin|binti|binte|bint|ibn)"
_PARTICLES = frozenset("van von de der den het ter bin binti binte bint ibn".split())
_CAPITALISED_RUN = regex.compile(
    rf"\b{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD})+", regex.VERSION1
)
_REGNAL = regex.compile(r"[IVXL]+")
_NICKNAME = regex.compile(
    r"(?<=\p{Lu}[\p{L}'\-]*[ \t]+)[\"“‘](?:\p{Lu}[\p{L}'\-]*)[\"”’](?=[ \t]+\p{Lu})", regex.VERSION1
)
# A run of capitals after a small letter: "LandSAR", "NatWest"'s cousins "StatsSA", "eNCA".
_AN_ORGANISATION_WORD = regex.compile(r"\p{Ll}\p{Lu}{2,}")
# A near-miss spelling must be this close (Indel similarity, 0..1) and not fold alike.
MISSPELLING_SIMILARITY = 0.7
_MIN_TOKEN = 3
# Capitalised only because they open a sentence: stripped like titles.
_OPENERS = frozenset(
    """
    the a an in on at but and if as for with by from to of it he she they we this that these
    those when while after before during meanwhile earlier later still also then so yet
    however both all some many despite although though because since until unless whether
    like unlike amid under over against without within about according asked
    """.split()
)


@dataclass(frozen=True, slots=True)
class PersonName:
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]


class NameVerdict:
    SAME = "same"
    VARIANT = "variant"
    MISSPELLING = "misspelling"
    DIFFERENT = "different"


def find_person_names(text: str, rulebook: Rulebook) -> list[PersonName]:
    """Runs of capitalised words that look like a person's name, titles stripped.

    All-caps text is skipped: there capital letters say nothing about names.
    """
    names = []
    # 'Ricardo "Ricky" Croes': the name around the nickname, as if it were not written there
    blanked = _NICKNAME.sub(lambda m: " " * len(m.group()), text)
    for match in _CAPITALISED_RUN.finditer(blanked):
        for start, tokens, end in _segments(blanked, match, rulebook):
            name = _person_at(blanked, start, tokens, end, rulebook)
            if name is not None:
                names.append(replace(name, text=" ".join(name.text.split())))
    return names


def _segments(
    text: str, match: regex.Match[str], rulebook: Rulebook
) -> list[tuple[int, list[str], int]]:
    """A run split at full stops: "at Ewood Park. Jamal Okonkow scored" holds two runs."""
    out = []
    start, rest = match.start(), match.group().split()
    while rest:
        tokens = _until_full_stop(rest, rulebook)
        stopped = len(tokens) < len(rest) or tokens[-1] != rest[len(tokens) - 1]
        end = match.end() if not stopped else start + len(" ".join(rest[: len(tokens)]))
        out.append((start, tokens, end))
        rest = rest[len(tokens) :]
        if rest:
            start = text.index(rest[0], end)
    return out


def _person_at(
    text: str, start: int, tokens: list[str], end: int, rulebook: Rulebook
) -> PersonName | None:
    possessive = [i for i, t in enumerate(tokens) if t.endswith("'s")]
    owner = bool(possessive)  # "in Karim Hamadeh's words": someone's, even after "in"
    if possessive and possessive[-1] == len(tokens) - 1:
        # "Jamal Okonkwo's late strike": the name is the possessor.
        tokens = [*tokens[:-1], tokens[-1][:-2]]
        possessive = possessive[:-1]
    if possessive:  # "Fox News Digital's Landon Mion": the name follows the possessive
        cut = possessive[-1] + 1
        start = text.index(tokens[cut], start + len(" ".join(tokens[:cut])))
        tokens = tokens[cut:]
    while tokens and _is_prefix(_plain(tokens[0]), rulebook):
        start = text.index(tokens[1], start + len(tokens[0])) if len(tokens) > 1 else end
        tokens = tokens[1:]
    # "Marlow Mayor Dale Kuchera", "Peru Health Minister Ana Ruiz": a place or a body before
    # the title; the name follows the last title of the run
    titled = [i for i, t in enumerate(tokens[:-2]) if _a_title(_plain(t), rulebook)]
    if titled:
        cut = titled[-1] + 1
        start = text.index(tokens[cut], start + len(" ".join(tokens[:cut])))
        tokens = tokens[cut:]
    if not _looks_like_person(tokens, rulebook):
        return None
    if not owner and _A_PLACE_PREPOSITION.search(text, max(0, start - 8), start):
        return None  # "a press conference in Bir Hassan", "the shelter at Kakuma Camp"
    stop = start + len(" ".join(tokens)) if _single_spaced(text, start, tokens) else end
    return PersonName(start, stop, text[start:stop], tuple(tokens))


# A name right after "in" or "near" is a place's: a person is in a place, not in a person.
# ("at" and "from" also come before people: "shouted at Tom Hart", "a call from Ana Ruiz".)
_A_PLACE_PREPOSITION = regex.compile(r"\b(?:in|near|outside|inside)[ \t]+$")


def _a_title(word: str, rulebook: Rulebook) -> bool:
    """'mayor', and a title joined by hyphens: 'director-general', 'attorney-general'."""
    return word in rulebook.titles or all(part in rulebook.titles for part in word.split("-"))


def _is_prefix(word: str, rulebook: Rulebook) -> bool:
    """Words stripped from a name's front: titles, sentence openers, and institutions
    ("Police Chief Ron Thomas" is Ron Thomas)."""
    return (
        word in rulebook.titles
        or (len(word) > 4 and word.endswith("s") and word[:-1] in rulebook.titles)  # "Ministers"
        or word in _OPENERS
        or word in rulebook.not_names
        or word.endswith("-year-old")  # "Twenty-seven-year-old Josphat Kiprono"
        or _DESCRIBED.search(word) is not None  # "Kenyan-born Josphat Kiprono"
    )


# A hyphened word that describes by a place or a body: "San Salvador-based", "Kenyan-born",
# "state-owned". It can open a run before a name, never be part of one.
_DESCRIBED = regex.compile(r"-(?:based|born|bred|led|owned|run|backed|listed|registered)$")


def _until_full_stop(tokens: list[str], rulebook: Rulebook) -> list[str]:
    """A run ends at a word with a full stop, unless it is an initial or a title ("Sen.")."""
    for i, token in enumerate(tokens):
        if token.endswith(".") and len(token) > 2 and _plain(token) not in rulebook.titles:
            return [*tokens[:i], token[:-1]]
    return tokens


def _single_spaced(text: str, start: int, tokens: list[str]) -> bool:
    joined = " ".join(tokens)
    return text[start : start + len(joined)] == joined


_MAX_NAME_WORDS = 4


def _looks_like_person(tokens: list[str], rulebook: Rulebook) -> bool:
    if not tokens or tokens[0] in _PARTICLES or tokens[-1] in _PARTICLES:
        return False
    tokens = [t for t in tokens if t not in _PARTICLES]
    # up to four words: "Julio César Quispe Mamani" carries both parents' surnames
    if not 2 <= len(tokens) <= _MAX_NAME_WORDS:
        return False
    plain = [_plain(t) for t in tokens]
    if any(p in rulebook.not_names or p in rulebook.titles for p in plain):
        return False
    if any(t.isupper() and len(t) > 3 for t in tokens):  # shouting or an acronym, not a name
        return False
    if _REGNAL.fullmatch(tokens[-1]):  # "Leo XIV", "Charles III": a title, spelt one way
        return False
    if any(_DESCRIBED.search(p) for p in plain):
        return False  # "San Salvador-based": a place, said of something
    if any(_AN_ORGANISATION_WORD.search(t) for t in tokens):
        return False  # "LandSAR Wairarapa": a body's name ("McDonald", "DeShawn" are people's)
    return all(
        (len(p) >= 2 or t.endswith(".")) and not t.endswith("'s")
        for p, t in zip(plain, tokens, strict=True)
    )


def _plain(token: str) -> str:
    return token.lower().strip(".'-")


@lru_cache(maxsize=65536)
def fold(word: str, folds: tuple[NameFold, ...]) -> str:
    """A spelling with known transliteration differences removed: 'Zelenskyy' -> 'zelensky';
    accents dropped, as wire copy drops them: 'Wójcik' -> 'wojcik', 'Dvořák' -> 'dvorak'."""
    folded = _without_accents(word.lower())
    for rule in folds:
        try:
            folded = _compiled(rule.pattern).sub(rule.replace, folded, timeout=FOLD_SECONDS)
        except TimeoutError:
            continue  # a pattern that backtracks on this spelling: the spelling stays unfolded
    return folded


# A name is a few dozen letters: no sound fold takes a tenth of a second on one. The rulebook
# tries each fold when it is read and leaves out one that hangs; this bounds the rest.
FOLD_SECONDS = 0.1


_UNACCENTED = {
    "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
    "þ": "th", "ð": "d",  # Icelandic as wire copy writes it: Bergþóra, Bergthora
}  # fmt: skip


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return "".join(_UNACCENTED.get(ch, ch) for ch in plain)


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


# Slavic letters with a caron, written out as English copy does: Petruševski, Petrushevski.
# (Wire copy that drops the caron, Petrusevski, folds alike by losing the accent.)
_CARON_DIGRAPHS = str.maketrans({"š": "sh", "č": "ch", "ž": "zh", "Š": "Sh", "Č": "Ch", "Ž": "Zh"})


def _digraphs(word: str) -> str:
    return word.translate(_CARON_DIGRAPHS)


def compare_tokens(a: str, b: str, folds: tuple[NameFold, ...]) -> str:
    """How two spellings of one name part relate: same, known variant, misspelling, or not."""
    if a.lower() == b.lower():
        return NameVerdict.SAME
    if fold(a, folds) == fold(b, folds) or fold(_digraphs(a), folds) == fold(_digraphs(b), folds):
        return NameVerdict.VARIANT
    if _made_from_the_other(a.lower(), b.lower()):
        return NameVerdict.DIFFERENT  # "Scotia" and "Scotian", "Julia" and "Julian": two words
    # Folding can split a misspelling apart ("Malinowksi" folds its "ks"): the closer reading wins.
    similar = max(
        Indel.normalized_similarity(fold(a, folds), fold(b, folds)),
        Indel.normalized_similarity(a.lower(), b.lower()),
    )
    long_enough = min(len(a), len(b)) >= _MIN_TOKEN
    if long_enough and similar >= MISSPELLING_SIMILARITY and a[0].lower() == b[0].lower():
        return NameVerdict.MISSPELLING
    if (
        long_enough
        and a[1:].lower() == b[1:].lower()
        and _SOUNDS_ALIKE.get(a[0].lower()) == (b[0].lower())
    ):
        return NameVerdict.MISSPELLING  # "Calloway" heard as "Galloway" on the radio
    return NameVerdict.DIFFERENT


def _made_from_the_other(a: str, b: str) -> bool:
    """A word and the word of its own made with -n or -an ("Scotia", "Scotian"; "Kenya",
    "Kenyan"; "Julia", "Julian"): a place and its people, or two names."""
    short, long = sorted((a, b), key=len)
    return long in (short + "n", short + "an") and short[-1:] in "aeiouy"


# Initials a listener or a typist confuses: the rest of the name written alike, it is misheard.
_SOUNDS_ALIKE = {"c": "g", "g": "c", "k": "c", "b": "p", "p": "b", "d": "t", "t": "d"}


_SHORTENED_NAME_WORDS = 2
# The words that tell a father from his son, each a person of their own.
_GENERATIONS = frozenset({"jr", "sr", "junior", "senior", "ii", "iii", "iv"})


@lru_cache(maxsize=65536)
def same_person(a: tuple[str, ...], b: tuple[str, ...], folds: tuple[NameFold, ...]) -> bool:
    """Two full names of one person: same length, one part written alike, the rest close; or
    one the other's opening words ("Julio César Quispe" of "Julio César Quispe Mamani", a
    Spanish name without its mother's surname), at least three of them."""
    short, long = sorted((a, b), key=len)
    if len(short) != len(long):
        if len(short) < _SHORTENED_NAME_WORDS:
            return False
        if any(t.lower().rstrip(".") in _GENERATIONS for t in long[len(short) :]):
            return False  # "Marco Rubio Jr" is the son of "Marco Rubio"
        long = long[: len(short)]
    verdicts = [compare_tokens(x, y, folds) for x, y in zip(short, long, strict=True)]
    if NameVerdict.DIFFERENT in verdicts:
        return False
    # One part must match outright (after folding): "Olena Zelenska" is not "Volodymyr Zelenskyy".
    return any(v in (NameVerdict.SAME, NameVerdict.VARIANT) for v in verdicts)
