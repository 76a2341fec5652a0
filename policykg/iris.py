"""Deterministic instance IRIs (contract §1).

Patterns, under the configured base (default https://w3id.org/policykg/id/):

    work/{key}                      a document, ingested or cited: key from its title
    work/{key}/prov/{path}          a provision: ordinal path, e.g. prov/2-7
    work/{key}/annotation/{n}       a Web Annotation of a fact found in that document
    work/{key}/footnote/{label}     a footnote of that document
    work/{key}/amount/{n}           a sum of money named in that document
    work/{key}/version/{v}          another edition of a work stored from another file:
                                    v its eli:version_date, or 12 hex digits of its hash
                                    (graph/editions.py); its provisions etc. under it
    org/{key}                       an organisation: key from its (preferred) name
    platform/{key}, fund/{key}      a platform, a fund: key from its name; a generic name
                                    (no proper element: 公共信用信息平台 after 本市) from its
                                    name and the place its document is issued for
                                    (graph/local_names.py), so two cities' are two
    person/{key}                    a person: key from their name

`key` is the first 16 hex digits of the SHA-1 of the title's canonical form: Simplified
script (OpenCC hk2s), NFKC, without spaces, punctuation or quotation marks. So the same
title in Traditional or Simplified, with 「」 or “”, gives the same IRI.

A generic title, one that does not tell one decision from another (国务院关于修改部分行政
法规的决定, 国务院关于修改〈全国年节及纪念日放假办法〉的决定: each made in several years),
names a different work each time: its key is taken from the title and the work's document
date together, when the date is known, so two such decisions are two works; every other
title keeps the key of its title alone.

A title *cited* with a date (1993年2月22日…通過的《中華人民共和國國家安全法》, the clause or the
title giving the year) is keyed by the title and that date's year too, unless the title holds
the year already (`IriMinter.cited_work`): a title reused by a new law (国家安全法 1993 and
2015) then names two works, while two days of one year given for one title stay one work
whose sources disagree (a conflict kept for review). The identity
stage (graph/identity.py, `dated-citation`) joins the citation back to the work of that
title when their dates agree, so a dated citation of the law the store holds is that law;
an undated citation keeps the title's IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from policykg.ingest.script import to_simplified

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
# titles that do not tell one decision from another, matched on the canonical form:
# one amending or repealing an unnamed set of texts (关于修改部分行政法规的决定, 关于废止和
# 修改部分规章的决定), and one amending a single named text, which is amended again in
# later years under the same title (关于修改〈全国年节及纪念日放假办法〉的决定: 1999, 2007,
# 2013 and 2024 in the scale corpus)
_CHANGES = r"关于(?:(?:修改|修订|废止|清理|撤销|宣布失效)[和与及、]?){1,3}"
_GENERIC_TITLE = re.compile(
    rf"{_CHANGES}(?:部分|若干|一批)[^的]{{0,12}}的决定$"
    rf"|{_CHANGES}\w{{2,60}}?(?:法|条例|办法|规定|细则|规则|决议|解释|章程)的决定$"
)


def canonical_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title)
    text = to_simplified(text)
    return _NOT_WORD.sub("", text).lower()


def is_generic_title(title: str) -> bool:
    """Does the title leave out which texts the decision changes (…修改部分行政法规的决定)?"""
    return _GENERIC_TITLE.search(canonical_title(title)) is not None


def title_key(title: str) -> str:
    canonical = canonical_title(title)
    if not canonical:
        raise ValueError(f"title {title!r} has no letters to derive an IRI from")
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


def local_key(name: str, within: str | None = None) -> str:
    """The key of a name, or of a generic name within a place (graph/local_names.py): the
    two canonical forms joined by a tab, which no canonical form holds, so a local key is
    never the key of a name."""
    if not within:
        return title_key(name)
    canonical, place = canonical_title(name), canonical_title(within)
    if not canonical or not place:
        raise ValueError(f"name {name!r} within {within!r} has no letters to derive an IRI from")
    return hashlib.sha1(f"{place}\t{canonical}".encode()).hexdigest()[:16]


class IriMinter:
    """Mints the IRIs of one base. Pure: the same input always gives the same IRI."""

    def __init__(self, base: str) -> None:
        self.base = base

    def work(self, title: str, date: str | None = None) -> str:
        """A work's IRI from its title; from its title and its document date (`date`,
        the xsd lexical form) when the title is generic."""
        if date and is_generic_title(title):
            return f"{self.base}work/{title_key(f'{title} {date}')}"
        return f"{self.base}work/{title_key(title)}"

    def cited_work(self, title: str, date: str | None = None) -> str:
        """A cited work's IRI: from its title and the year the citation gives it, when it
        gives one (a title alone does not tell a law from a later law of that title) and
        the title does not already hold that year (2018年施政報告). Two days of one year
        given for one title are one work whose sources disagree (kept for review), so
        the year, not the day; a generic title keeps its whole date, as `work` does."""
        if date and is_generic_title(title):
            return self.work(title, date)
        if date and date[:4] not in canonical_title(title):
            return f"{self.base}work/{title_key(f'{title} {date[:4]}')}"
        return f"{self.base}work/{title_key(title)}"

    @staticmethod
    def provision(work_iri: str, path: tuple[int, ...]) -> str:
        return f"{work_iri}/prov/{'-'.join(str(p) for p in path)}"

    @staticmethod
    def annotation(work_iri: str, number: int) -> str:
        return f"{work_iri}/annotation/{number}"

    def organisation(self, name: str) -> str:
        return f"{self.base}org/{title_key(name)}"

    def platform(self, name: str, within: str | None = None) -> str:
        return f"{self.base}platform/{local_key(name, within)}"

    def fund(self, name: str, within: str | None = None) -> str:
        return f"{self.base}fund/{local_key(name, within)}"

    def person(self, name: str) -> str:
        return f"{self.base}person/{title_key(name)}"

    @staticmethod
    def amount(work_iri: str, number: int) -> str:
        return f"{work_iri}/amount/{number}"

    @staticmethod
    def footnote(work_iri: str, label: str) -> str:
        safe = re.sub(r"[^0-9A-Za-z]", lambda m: f"u{ord(m.group()):04x}", label)
        return f"{work_iri}/footnote/{safe}"
