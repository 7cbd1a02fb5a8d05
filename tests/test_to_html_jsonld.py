"""The JSON-LD of every generated article is valid JSON using only schema.org terms plus our extension.

No JSON-LD processor or JSON Schema is needed: the check walks every object of the
JSON-LD and compares its ``@type`` and its keys with the schema.org vocabulary written
down below, each entry with where schema.org defines it (https://schema.org/<Term>).
The newsmodel extension keys are absolute IRIs (JSON-LD keeps them as they are); their
values are the model's own JSON form and are checked by reading them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
from hypothesis import given
from selectolax.lexbor import LexborHTMLParser

import newsmodel as nm
from newsmodel import Article
from newsmodel._html._jsonld import ATTRIBUTIONS_KEY, QUOTES_KEY
from newsmodel.strategies import articles

#: The types we write and where each sits in the schema.org hierarchy.
TYPES: dict[str, str] = {
    "NewsArticle": "Thing > CreativeWork > Article > NewsArticle",
    "Person": "Thing > Person",
    "Organization": "Thing > Organization",
    "ImageObject": "Thing > CreativeWork > MediaObject > ImageObject",
    "WebPage": "Thing > CreativeWork > WebPage",
    "Quotation": "Thing > CreativeWork > Quotation (in schema.org's 'new' area)",
    "CreativeWork": "Thing > CreativeWork",
}

#: Each property we write, the type that defines it (its schema.org domain), and why it fits.
PROPERTIES: dict[str, tuple[str, str]] = {
    "name": ("Thing", "the name of a person, organisation or work"),
    "description": ("Thing", "the article's summary; an image's alternative text"),
    "url": ("Thing", "the article's URL; a person's, an organisation's or an image's URL"),
    "image": ("Thing", "the lead image, as an ImageObject"),
    "mainEntityOfPage": ("Thing", "the WebPage whose @id is the canonical URL"),
    "headline": ("CreativeWork", "the headline"),
    "alternativeHeadline": ("CreativeWork", "the dek"),
    "author": ("CreativeWork", "the authors, a list of Person"),
    "publisher": ("CreativeWork", "the publisher, an Organization"),
    "datePublished": ("CreativeWork", "ISO 8601 date or datetime (Date or DateTime)"),
    "dateModified": ("CreativeWork", "ISO 8601 date or datetime (Date or DateTime)"),
    "inLanguage": ("CreativeWork", "a BCP 47 language tag, as schema.org asks"),
    "keywords": ("CreativeWork", "the keywords, a list of Text"),
    "hasPart": ("CreativeWork", "the quotations the article holds"),
    "text": ("CreativeWork", "the words of a Quotation"),
    "creditText": ("CreativeWork", "an image's credit as printed"),
    "isBasedOn": ("CreativeWork", "the document a quotation is drawn from"),
    "articleSection": ("Article", "the sections the article is filed under, a list of Text"),
    "jobTitle": ("Person", "an author's role as printed"),
    "logo": ("Organization", "the publisher's logo, an ImageObject"),
    "caption": ("ImageObject", "the caption as plain text (also on MediaObject)"),
    "width": ("MediaObject", "pixels, as a number (the common form; the range is Distance/QuantitativeValue)"),
    "height": ("MediaObject", "pixels, as a number (the common form; the range is Distance/QuantitativeValue)"),
    "relatedLink": ("WebPage", "the related posts' URLs"),
    "spokenByCharacter": ("Quotation", "the person or organisation a quote is attributed to in the article"),
}

#: Which types each domain covers (a property of Thing may be used on every type).
SUBTYPES: dict[str, set[str]] = {
    "Thing": set(TYPES),
    "CreativeWork": {"NewsArticle", "ImageObject", "WebPage", "Quotation", "CreativeWork"},
    "Article": {"NewsArticle"},
    "MediaObject": {"ImageObject"},
    "ImageObject": {"ImageObject"},
    "WebPage": {"WebPage"},
    "Quotation": {"Quotation"},
    "Person": {"Person"},
    "Organization": {"Organization"},
}
KEYWORDS = {"@context", "@type", "@id"}
EXTENSION = {QUOTES_KEY, ATTRIBUTIONS_KEY}


def objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``data``, the extension's values left out (they are model data)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            yield value
            stack.extend(item for key, item in value.items() if key not in EXTENSION)
        elif isinstance(value, list):
            stack.extend(value)


def vocabulary_problems(data: dict[str, Any]) -> list[str]:
    problems = []
    if data.get("@context") != "https://schema.org":
        problems.append(f"@context is {data.get('@context')!r}")
    for obj in objects(data):
        kind = obj.get("@type")
        if kind not in TYPES:
            problems.append(f"type {kind!r} is not in the list")
            continue
        for key in obj:
            if key in KEYWORDS or (obj is data and key in EXTENSION):
                continue
            if key not in PROPERTIES:
                problems.append(f"{kind}.{key}: not a schema.org property we know")
            elif kind not in SUBTYPES[PROPERTIES[key][0]]:
                problems.append(f"{kind}.{key}: schema.org defines it on {PROPERTIES[key][0]}")
    return problems


def jsonld_of(article: Article) -> dict[str, Any]:
    script = LexborHTMLParser(nm.to_html(article)).css_first('script[type="application/ld+json"]')
    assert script is not None
    data = json.loads(script.text())
    assert isinstance(data, dict)
    return data


@given(articles())
def test_jsonld_uses_only_schema_org_terms_and_the_extension(article: Article) -> None:
    data = jsonld_of(article)
    assert data["@type"] == "NewsArticle"
    assert vocabulary_problems(data) == []
    assert set(data) & EXTENSION == EXTENSION


def test_the_check_finds_terms_outside_the_vocabulary() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}
    assert vocabulary_problems(data) == []
    assert vocabulary_problems({**data, "author": [{"@type": "Person", "jobTitel": "x"}]}) == [
        "Person.jobTitel: not a schema.org property we know"
    ]
    assert vocabulary_problems({**data, "relatedLink": []}) == [
        "NewsArticle.relatedLink: schema.org defines it on WebPage"
    ]
    assert vocabulary_problems({**data, "image": {"@type": "Photo"}}) == ["type 'Photo' is not in the list"]


def test_every_listed_term_is_used() -> None:
    """The lists hold no term the writer does not use (they document what we write)."""
    from .test_to_html import sample

    article = sample()
    document_quote = nm.Quote("win", (nm.Location(0, 0, 18, 21),), nm.Source("The report", kind=nm.SourceKind.DOCUMENT))
    data = jsonld_of(attrs.evolve(article, quotes=(*article.quotes, document_quote)))
    assert {obj["@type"] for obj in objects(data)} == set(TYPES)
    assert {key for obj in objects(data) for key in obj} - KEYWORDS - EXTENSION == set(PROPERTIES)
