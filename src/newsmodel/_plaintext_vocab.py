"""The words and shapes plain-text articles are read by: one place for every pattern.

Every pattern here is applied to one line at a time, is anchored, and has no nested
quantifiers, so that matching is linear in the line's length (no catastrophic
backtracking). Lines longer than :data:`MAX_MARKER_LINE` are never tested against the
line-shape patterns: a widget label, a byline or a heading is never that long.
"""

from __future__ import annotations

import re

__all__ = [
    "AUTHOR_BOX",
    "BULLET",
    "BYLINE",
    "CATEGORY_SEPARATOR",
    "CLOSING_PUNCTUATION",
    "DATELINE_ALONE",
    "DATELINE_PREFIX",
    "DATE_LINE",
    "FOREIGN_MONTHS",
    "HASH_HEADING",
    "HEADER_LABEL",
    "INLINE_RELATED",
    "MAX_CATEGORY_LINE",
    "MAX_HEADING_LINE",
    "MAX_MARKER_LINE",
    "MONTHS",
    "NUMBERED",
    "NUMBERED_HEADING",
    "RELATED_HEADING",
    "TRAILING_CLOSERS",
    "WIDGET_LINE",
]

#: Lines longer than this are always text: no label, byline or heading is this long.
MAX_MARKER_LINE = 200
#: A sub-heading is a short line: at most this many characters ...
MAX_HEADING_LINE = 120
#: ... and a category (kicker) line shorter still.
MAX_CATEGORY_LINE = 40

#: What ends a sentence, a clause or a lead-in: a line ending so is text, not a heading.
CLOSING_PUNCTUATION = frozenset(".!?:;,…")
#: Closing quote marks and brackets, looked through when finding a line's last mark
#: (`said “Ready.”` ends a sentence; `Trump’s “Courage”` does not).
TRAILING_CLOSERS = "\"'”’»›)]}"

#: A bulleted list item: the marker, then the item's text.
BULLET = re.compile(r"([-*•◦▪‣–])(?: +(.*)|$)")
#: A numbered list item: "1." or "1)", then the item's text.
NUMBERED = re.compile(r"([0-9]{1,9})([.)])(?: +(.*)|$)")
#: A numbered sub-heading: "1." / "2.1" / "3.2.1", then a title (its depth gives its level).
NUMBERED_HEADING = re.compile(r"([0-9]{1,3}(?:\.[0-9]{1,3}){0,3})\.? +\S")
#: A Markdown-style sub-heading: one to six "#", a space, the heading.
HASH_HEADING = re.compile(r"(#{1,6}) +(\S.*)")

#: "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE, Staff Writer".
BYLINE = re.compile(r"(?:[Bb]y|BY|Von|von|Por|por|Par|par|Di|di) +(\S.*)")
#: The labels of the explicit header (written by to_text when the plain layout would be
#: ambiguous): "Headline: ...", "Category: ...".
HEADER_LABEL = re.compile(
    r"(Category|Headline|Dek|Byline|Author|Dateline|Published|Updated): +(\S.*)",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: Month names in the languages whose date lines are read (German, Spanish, French,
#: Italian, Portuguese), by their number.
FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar enero janvier gennaio janeiro jänner",
            "februar febrero février febbraio fevereiro",
            "märz marzo mars março",
            "april abril avril aprile",
            "mai mayo maggio maio",
            "juni junio juin giugno junho",
            "juli julio juillet luglio julho",
            "august agosto août",
            "september septiembre septembre settembre setembro setiembre",
            "oktober octubre octobre ottobre outubro",
            "november noviembre novembre novembro",
            "dezember diciembre décembre dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
_LABELS = (
    r"Published|Posted|Updated|Last updated|Modified|Veröffentlicht|Aktualisiert|Publicado|Publicada|Actualizado"
    r"|Actualizada|Publié|Publiée|Mis à jour|Pubblicato|Aggiornato|Atualizado"
)
#: A date line: an optional "Published" / "Updated" label, then a date
#: ("March 5, 2024", "5 March 2024", "2024-03-05", an ISO 8601 date-time, "12 de julio
#: de 2024", "5. März 2024").
DATE_LINE = re.compile(
    r"(?:(?P<label>" + _LABELS + r")(?: on| am| el| le| il| em)?:? +)?"
    r"(?:(?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9:.+\-Z]{5,40})?)"
    r"|(?P<mdy>" + _MONTH + r" +[0-9]{1,2},? +[0-9]{4})"
    r"|(?P<dmy>[0-9]{1,2} +" + _MONTH + r",? +[0-9]{4})"
    r"|(?P<foreign>[0-9]{1,2}\.?(?: de)? +[^\W\d_]{3,10}(?: de)? +[0-9]{4}))"
    r"(?P<rest>(?: +(?:at|,|-|—|–)?[ ,]*[0-9]{1,2}[:.][0-9]{2}[ a-zA-Z.]{0,16})?)",
    re.IGNORECASE,
)

# A dateline: an ALL-CAPS place ("WASHINGTON", "BOCA RATON"), optionally a state or
# country ("Fla.", "N.H.", "Calif."), a date ("March 5") and an agency ("(AP)"), then a
# dash. The place starts with two capital letters, so that "U.S. -" is not a dateline.
# The lookbehind changes nothing where the patterns are used (matched at a line's start)
# but keeps a search linear: a run of capitals is tried from its first letter only.
_PLACE = r"(?<![A-Z'’.\-])[A-Z]{2}[A-Z'’.\-]*(?: [A-Z][A-Z'’.\-]*){0,3}"
_REGION = r"(?:, [A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*){0,2})?"
_DAY = r"(?:, " + _MONTH + r" [0-9]{1,2})?"
_AGENCY = r"(?: \([A-Za-z][A-Za-z.&]*(?: [A-Za-z.&]+){0,3}\))?"
_DASH = r"(?:—|―|–|--|-)"
#: A dateline that opens the first paragraph: "WASHINGTON (AP) — The ...".
DATELINE_PREFIX = re.compile(r"(" + _PLACE + _REGION + _DAY + _AGENCY + r" ?" + _DASH + r") +(?=\S)")
#: A dateline on a line of its own.
DATELINE_ALONE = re.compile(_PLACE + _REGION + _DAY + _AGENCY + r" ?" + _DASH)

#: Breadcrumb and list separators on a category line: "Politics | Europe", "News › World".
CATEGORY_SEPARATOR = re.compile(r" (?:\||›|»|>) ")

# Widget residue: whole lines that page furniture leaves in copied text. Matched against
# the line lowercased, without a trailing ":", "…" or "...".
_SHARE_SITES = (
    r"(?:facebook|twitter|linkedin|whatsapp|email|e-mail|reddit|pinterest|telegram|threads|bluesky|messenger)"
)
#: Share bars, newsletter prompts, follow prompts, comment counters, ad labels.
WIDGET_LINE = re.compile(
    r"(?:share(?: this)?(?: article| story| post| page)?"
    r"|share (?:on|via|to) (?:x|" + _SHARE_SITES + r")(?: \(opens in new window\))?"
    r"|click to (?:share|email|print)(?: on| a link to a friend)?(?: [a-z]+)?(?: \(opens in new window\))?"
    r"|" + _SHARE_SITES + r"|tweet|print|copy link|like this|loading(?:\.\.\.|…)?"
    r"|subscribe(?: now| today)?(?: to (?:our|the) newsletters?)?"
    r"|(?:sign up|subscribe|join|register)(?: now)? (?:for|to) (?:our|the|my) (?:free |daily |weekly )?"
    r"(?:email |e-mail )?newsletters?(?: [a-z ]{0,40})?"
    r"|(?:get|receive) (?:our|the) (?:free |daily |weekly )?newsletters?(?: [a-z ]{0,40})?"
    r"|newsletter|follow us(?: on [a-z ]{1,30})?|advertisement|sponsored|skip to (?:main )?content"
    r"|[0-9]{0,6} ?comments?|leave a (?:comment|reply)|post navigation)",
)
#: An author box: "+ posts", "12 posts", "View all posts", "View all posts by Jane Doe".
AUTHOR_BOX = re.compile(
    r"(?:[0-9]{0,6} ?\+ ?posts|[0-9]{1,6} posts|(?:view|see) all (?:posts|articles|stories)(?: by .{1,60})?)"
)
#: The heading of a related-posts block: "Related Posts", "Read more", "More from CNN".
RELATED_HEADING = re.compile(
    r"(?:related(?: posts| articles| stories| content| news| coverage| reading)?"
    r"|read (?:more|also|next)(?: stories| articles)?|also read|see also|more from .{1,60}"
    r"|more on (?:this|that) (?:story|topic)"
    r"|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| articles)?)",
)
#: A one-line promotion inside the body: "Read more: Title", "RELATED: Title".
INLINE_RELATED = re.compile(r"(?:read more|read also|also read|related|see also) ?: +(\S.*)", re.IGNORECASE)
