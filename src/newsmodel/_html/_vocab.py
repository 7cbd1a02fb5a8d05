"""The words and selectors the body reader recognises, as named constants.

Everything here is general: class and id vocabularies that themes and publishing systems
share, HTML elements by their meaning, and phrases that label widgets. No site name, no
URL pattern. ``docs/html-body.md`` explains each list.
"""

from __future__ import annotations

import re

__all__ = [
    "AUTHOR_BIO",
    "BLOCK_TAGS",
    "BODY_CLASS",
    "BODY_CLASS_KEYS",
    "BOILERPLATE_TEXT",
    "CAPTION_CREDIT",
    "CAPTION_CREDIT_MAX",
    "CAPTION_WORDS",
    "CASE_TWINS",
    "CODE_TAGS",
    "CONTAINER_TAGS",
    "DECK_WORDS",
    "DROP_TAGS",
    "EMBED_HOSTS",
    "EMBED_QUOTE_CLASS",
    "EMPHASIS_TAGS",
    "FURNITURE_LINE",
    "FURNITURE_LINE_MAX",
    "FURNITURE_SELECTOR",
    "HEADING_TAGS",
    "MEDIA_JUNK",
    "NEGATIVE",
    "NOTICE_PHRASE",
    "PERMALINK_TAIL",
    "POSITIVE",
    "RELATED_CLASS",
    "RELATED_LABEL",
    "SEMANTIC_SELECTOR",
    "STRONG_TAGS",
    "TEASER_LABEL",
    "class_tokens",
    "furniture_line",
    "notice_phrase",
]

#: Elements that never hold article text: removed before anything else.
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "canvas",
    "button",
    "select",
    "option",
    "textarea",
    "input",
    "label",
    "link",
    "meta",
    "object",
    "embed",
    "map",
    "dialog",
    "head",
)

#: Page furniture by its HTML meaning: navigation, page headers and footers, side
#: content, forms, hidden elements. A ``<footer>`` inside a blockquote or figure is a
#: citation and stays.
FURNITURE_SELECTOR = (
    "nav, aside, form, header, menu, "
    "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
    "[role=dialog], [role=alertdialog], [hidden], [aria-hidden=true], "
    "[style*='display:none'], [style*='display: none'], [style*='visibility:hidden']"
)

#: Elements whose meaning marks the article's main content, best first.
SEMANTIC_SELECTOR = "[itemprop=articleBody], [itemprop=articlebody], article, main, [role=main]"

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
EMPHASIS_TAGS = frozenset({"em", "i", "cite", "dfn", "var"})
STRONG_TAGS = frozenset({"strong", "b"})
CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})
#: Elements that end a run of inline text and are read as blocks of their own.
BLOCK_TAGS = frozenset(
    {"p", "ul", "ol", "table", "blockquote", "figure", "pre", "iframe", "hr", "video", "audio", "img", "picture"}
    | HEADING_TAGS
)
#: Block containers: their children are read in order, inline runs inside become paragraphs.
CONTAINER_TAGS = frozenset(
    {
        "div",
        "section",
        "article",
        "main",
        "body",
        "html",
        "center",
        "dl",
        "dt",
        "dd",
        "li",
        "details",
        "summary",
        "address",
        "fieldset",
        "footer",
        "header",
        "aside",
        "nav",
        "form",
        "figcaption",
        "caption",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "hgroup",
        "search",
        "menu",
        "noscript",
        "legend",
    }
)

# Class and id words. Tokens are the parts of a class or id split at spaces, "-", "_"
# and lower-to-upper case changes ("articleBody" -> "article", "body").
_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")


# The separators of _SPLIT other than white space, each made a space (str.split() and \s
# take the same characters for white space), and the case change of _SPLIT alone.
_SEPARATORS = str.maketrans("_-:./", "     ")
_CASE_CHANGE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def class_tokens(value: str) -> list[str]:
    """The lower-case words of a class or id attribute.

    The words of ``_SPLIT.split(value)``, found faster: split at the separators first,
    then at case changes only in the words that hold a capital.
    """
    tokens: list[str] = []
    for word in value.translate(_SEPARATORS).split():
        if word.islower() or word.isdigit():  # no capital, no case change
            tokens.append(word)
        else:
            tokens.extend(part.lower() for part in _CASE_CHANGE.split(word))
    return tokens


#: The class and id words of readers' comments: a list of them, one of its items, a widget of the latest.
COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "recentcomments"})


#: Words that mark boilerplate: an element whose class or id holds one is left out.
NEGATIVE = frozenset(
    {
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "masthead",
        "breadcrumb",
        "breadcrumbs",
        "share",
        "sharing",
        "sharebar",
        "social",
        "sociallinks",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "signin",
        "login",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "comment",
        "comments",
        "disqus",
        "respond",
        "related",
        "relatedposts",
        "yarpp",
        "recommended",
        "recirc",
        "recirculation",
        "outbrain",
        "taboola",
        "promo",
        "promotion",
        "sponsored",
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adslot",
        "adunit",
        "dfp",
        "banner",
        "sidebar",
        "author",
        "authorbox",
        "bio",
        "byline",
        "dateline",
        "tags",
        "tagcloud",
        "taglist",
        "keywords",
        "popup",
        "popover",
        "tooltip",
        "modal",
        "overlay",
        "toolbar",
        "pagination",
        "pager",
        "prevnext",
        "nextprev",
        "print",
        "skip",
        "jump",
        "screenreader",
        "visually",
        "offscreen",
        "meta",
        "postmeta",
        "timestamp",
        "readmore",
        "teaser",
        "trending",
        "popular",
        "mostread",
        "newsletters",
        "donate",
        "donation",
        "follow",
        "rss",
        "feedback",
        "survey",
        "agegate",
        "kicker",
        "title",
        "headline",
        "eyebrow",
        "support",
        "supporter",
        "contribute",
        "contribution",
        "membership",
        "speedbump",
        "playlist",
        "controlbar",
    }
)

#: Words that mark a picture's caption or credit: boilerplate outside ``<figure>`` (where
#: the figure reader keeps them as the caption), since the article's text is not in them.
CAPTION_WORDS = frozenset(
    {
        "caption",
        "captions",
        "imagecaption",
        "photocaption",
        "credit",
        "credits",
        "photocredit",
        "imagecredit",
        "legend",
        "legends",
    }
)

#: Words in a heading's class that make it the standfirst (the summary under the headline),
#: read as the paragraph it is rather than as a section heading.
DECK_WORDS = frozenset(
    {"deck", "dek", "standfirst", "strapline", "lead", "leadtext", "lede", "summary", "intro", "excerpt", "description"}
)

#: Words that mark the article body: they outweigh a negative word on the same element.
POSITIVE = frozenset(
    {
        "article",
        "articlebody",
        "story",
        "storybody",
        "entry",
        "post",
        "content",
        "text",
        "body",
        "main",
        "blog",
        "prose",
        "richtext",
        "copy",
    }
)

#: Whole class or id values that certainly name the article body.
#: Words one of which every ``BODY_CLASS`` match holds, in any case (a cheap test before the
#: search; none of their letters has a non-ASCII twin in case-insensitive matching).
BODY_CLASS_KEYS = ("body", "content", "text", "entry")
BODY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:article[-_]?(?:body|content|text)|story[-_]?(?:body|content|text)|entry[-_]?content|"
    r"post[-_]?(?:body|content|entry|text)|body[-_]?(?:text|copy)|articlebody|storybody|rich[-_]?text)(?:$|[\s_-])",
    re.IGNORECASE,
)

#: Class or id values of related-post widgets (WordPress Jetpack, YARPP, theme widgets).
RELATED_CLASS = re.compile(
    r"jp-relatedposts|yarpp|related[-_]?(?:posts?|articles?|stories|content|links|news|items?|reading)?\b|"
    r"relatedposts|crp[-_]related|rp4wp|more[-_]from|read[-_]?next|you[-_]may[-_]also|also[-_]like|"
    r"recommended|more[-_]stories|more[-_]news|recirc",
    re.IGNORECASE,
)

#: Headings that label a list of related posts.
RELATED_LABEL = re.compile(
    r"^\W*(?:related(?:\s+(?:posts?|articles?|stories|content|news|reading|coverage|links))?|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|more\s+(?:from|on|about|stories|news|"
    r"articles|in|to\s+read)\b.*|read\s+(?:next|more|also)|recommended(?:\s+\w+){0,2}|also\s+read|see\s+also|"
    r"(?:editors?\W?\s+)?recommendations|editors?\W?\s+picks|"
    r"(?:more|other)\s+(?:top\s+)?stories|what\s+to\s+read\s+next|don.t\s+miss|trending(?:\s+\w+){0,2}|"
    r"most\s+(?:read|popular|viewed)|up\s+next|watch\s+next|latest\s+(?:news|stories|videos|articles))\W*$",
    re.IGNORECASE,
)

#: A paragraph that only points elsewhere ("Read more: ...", "Related: ...").
TEASER_LABEL = re.compile(
    r"^\W*(?:read\s+(?:more|next|also)|related|see\s+also|also\s+read|more\s+on\s+this(?:\s+story)?|"
    r"recommended|watch|listen|click\s+here|sign\s+up|subscribe|advertisement|continue\s+reading|more\s*:|"
    r"required\s+reading|must\s+read|don.t\s+miss|top\s+stories|trending|see\s+more)(?:\b|(?<=:))",
    re.IGNORECASE,
)

#: Words in an image's class, id, alt or file name that mark it as no part of the article.
MEDIA_JUNK = re.compile(
    r"logo|avatar|headshot|gravatar|icon|favicon|sprite|spacer|pixel|blank\.gif|tracking|badge|emoji", re.IGNORECASE
)


def image_path(url: str) -> str:
    """The path of an image's address, without its query or fragment: what the words of
    :data:`MEDIA_JUNK` are looked for in ("photo.jpg?impolicy=logo-overlay" is a photo, whatever the
    address asks of the server)."""
    return url.split("#", 1)[0].split("?", 1)[0]


#: Hosts of embedded posts and players, and the provider name an Embed gets.
EMBED_HOSTS: tuple[tuple[str, str], ...] = (
    ("youtube.com", "YouTube"),
    ("youtube-nocookie.com", "YouTube"),
    ("youtu.be", "YouTube"),
    ("vimeo.com", "Vimeo"),
    ("twitter.com", "X"),
    ("x.com", "X"),
    ("instagram.com", "Instagram"),
    ("tiktok.com", "TikTok"),
    ("facebook.com", "Facebook"),
    ("soundcloud.com", "SoundCloud"),
    ("spotify.com", "Spotify"),
    ("dailymotion.com", "Dailymotion"),
    ("google.com", "Google"),
    ("datawrapper.de", "Datawrapper"),
    ("flourish.studio", "Flourish"),
    ("giphy.com", "Giphy"),
    ("reddit.com", "Reddit"),
    ("threads.net", "Threads"),
    ("bsky.app", "Bluesky"),
)

#: Class names of blockquotes that stand for an embedded post.
EMBED_QUOTE_CLASS = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|reddit-card|bluesky-embed|text-post-media")

#: Short paragraphs and headings that are furniture left inside the body.
BOILERPLATE_TEXT = re.compile(
    r"^\W*(?:advertisement|advertising|ad|sponsored(?:\s+content)?|"
    # a share bar's words ("Share this article", "Share on X", "Share:"), not a heading that opens with the word
    # ("Share prices fall again", "Share Ware on sale")
    r"share(?:\s*(?:this|on|to|via|full|by|all|with|it|your|our|a|article|story|post|page|link|permalink|sharing|"
    r"save|facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|pinterest|flipboard|print|copy)\b(?:\s+\S+){0,4}|"
    r"\s+\S+:)?|(?:(?:image|photo|picture|slide)\s+)?\d+\s*(?:/|of)\s*\d+|"
    r"share\s+this\s+(?:article|story|post)|click\s+to\s+share.*|print(?:\s+this)?|email|comments?|"
    r"(?:\d+\s+)?comments?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|join\s+the\s+conversation|"
    r"tags?|topics?|filed\s+under|about\s+the\s+author|follow\s+us.*|sign\s+up.*|subscribe.*|"
    r"(?:sign|log)\s+in(?:\s+or\s+(?:create|register)(?:\s+an)?\s+account)?|create\s+(?:a\s+)?free\s+account.*|"
    r"newsletter.*|related.*|read\s+more|read\s+next|more\s+stories|recommended.*|you\s+may\s+also\s+like.*|"
    r"skip\s+(?:to|past)\s+\w+(?:\s+\w+){0,2}|join\s+our\s+commenting\s+forum|"
    r"tell\s+us\s+what\s+you\s+think\b.*|(?:loading|error|loadingerror)(?:\s+loading)?(?:\.\.\.|…)?|back\s+to\s+top|"
    r"continue\s+reading.*|popular\s+(?:in|on|now)\b.*|like\s+what\s+you.re\s+reading|more\s+for\s+you|"
    r"close|caption|previous(?:\s+next)?|next|expand|collapse|(?:hide|show)\s+caption|enlarge\s+this\s+image|"
    r"accept(?:\s+all)?\s+cookies|cookie\s+(?:preferences|settings)(?:\s+cookie\s+list)?|swipe\s+to\s+scroll(?:\s+\w+)?|"
    r"jump\s+to(?:\s+a)?(?:\s+section)?|external\s+link\s+to|footnotes|\d+\s+sources?|"
    r"(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|pinterest|flipboard)"
    r"(?:\s+(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|pinterest|flipboard)){1,6})\W*$",
    re.IGNORECASE,
)

#: Classes of the figure caption parts that hold the photo credit.
CREDIT_CLASS = re.compile(r"credit|copyright|photographer|byline|source|attribution|courtesy", re.IGNORECASE)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?"
_TIME = (
    r"(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)(?:\s*\(?[A-Z]{2,5}\)?)?"
)
_DATE = (
    rf"(?:{_DAY}\s*)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
)
#: Credit agencies that close a photo credit ("Jane Roe/Getty Images", "(AFP)").
_AGENCY = (
    r"(?:getty(?:\s+images)?|shutterstock|alamy|afp|ap(?:\s+photo)?|reuters|epa(?:-efe)?|pa(?:\s+(?:images|wire|media))?|"
    r"bloomberg|invision|wireimage|istock(?:photo)?|associated\s+press|zuma(?:\s+press)?|sipa|anadolu|xinhua|unsplash)"
)

#: A whole short block that is furniture the page left in the article: a dateline or
#: "Updated ..." stamp, a byline, a photo credit, a copyright or affiliate notice, the
#: reporter's contact line, "originally published in", a newsletter plug, "Follow us on".
#: Matched against a paragraph's whole text (``docs/html-body.md``).
_LINE_PLAIN = (
    r"(?:"
    # datelines: "Updated Dec. 22, 2023 11:48 a.m. ET", "PublishedThursday 1:30PM", "Dec 20, 2023 6 min read"
    rf"(?:(?:first\s+)?(?:published|updated|posted|modified|last\s+(?:updated|modified))\s*(?:on|at)?\s*:?\s*)?"
    rf"(?:(?:(?:{_DAY}\W*)?{_TIME}\W+)?{_DATE}(?:\W+(?:{_DATE}|{_TIME}|updated|modified))"
    "{0,4}"
    rf"|(?:{_DAY}|today|yesterday)\W*{_TIME})"
    r"(?:\W+\d+\s+min(?:ute)?s?\s+read)?"
    rf"|(?:published|updated|posted|modified)\s*(?:on|at)?\s*:?\s*{_TIME}"
    r"|(?:published|updated|posted)\s*:?\s*(?:\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago|just\s+now)"
    r"|\d+\s+min(?:ute)?s?\s+read"
    # bylines: "By Jane Roe", "By Jane Roe, Staff Writer", "ByJane Roe and John Doe"
    r"|(?-i:[Bb]y:?\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|and|&))*"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})?)"
    # photo credits
    r"|(?:photo|image|picture|foto)s?\s*(?:(?:credit|courtesy|by|via|di)\b|:).{0,100}"
    r"|(?:photo\s+)?(?:credits?|source|courtesy)\s*:.{0,100}|courtesy\s+of\s+.{0,80}"
    rf"|{_AGENCY}(?:\s*[/|;,]\s*[^.!?]{{0,40}})?"
    # notices
    r"|(?:copyright\s*)?(?:©|\(c\)|copyright\s+\d{4}).{0,150}"
    r"|(?:this|the)\s+(?:article|story|piece|post)\s+(?:was\s+|has\s+been\s+)?(?:originally|first)\s+"
    r"(?:appeared|published|ran|posted)\b.{0,150}"
    r"|this\s+(?:article|story|piece|post)\s+(?:appeared|was\s+published)\s+(?:in|on|at|by)\b.{0,150}"
    r"|a\s+version\s+of\s+this\s+(?:article|story|piece)\s+(?:appears|appeared)\b.{0,200}"
    r"|read\s+the\s+original\s+(?:article|story|post)\b.{0,80}"
    r"|(?:e-?mail|contact|reach)\s*:\s*.{0,100}"
    r"|(?:e-?mail|contact|reach)\s+(?:the\s+)?(?:reporters?|writers?|authors?|editors?|us|me|him|her|them)"
    r"(?:\s+[\w.'’-]+){0,4}?\s+(?:at|on|via)\b.{0,100}"
    r"|follow\s+(?:us|me|him|her|them|[\w .'’-]{1,60}?)\s+on\s+(?:facebook|twitter|x|instagram|tiktok|threads|linkedin|"
    r"bluesky|youtube|mastodon|google\s+news)\b.{0,120}"
    r"|comments?\s+(?:are\s+)?closed|comments?\s*\(\d+\)|(?:advertisement\W*)?skip\s+(?:ad|advertisement)"
    r"|click\s+to\s+(?:read\s+more|hide|show|expand|view|enlarge)\b.{0,60}|listen\s+to\s+this\s+(?:story|article)"
    # a player's label: "WATCH | The harbour at night", "Watch this: ...", "Listen to the podcast:"
    r"|(?:watch|listen)\s*\|.{0,150}|watch\s+(?:this|now|here)\s*:.{0,150}"
    r"|(?:watch|listen\s+to)\s+the\s+(?:full\s+)?(?:video|podcast|interview|episode)\b[^.!?:]{0,100}:"
    r"|your\s+browser\s+does\s+not\s+support\b.{0,80}|please\s+use\s+an?\s+html5\b.{0,80}"
    r"|this\s+video\s+(?:has\s+an\s+invalid|is\s+(?:no\s+longer\s+)?(?:unavailable|not\s+available))\b.{0,60}"
    # a player's gate: "Sorry, but you can't access this content!"
    r"|(?:sorry,?\s+(?:but\s+)?)?you\s+(?:can.t|cannot)\s+(?:access|view|watch)\s+this\s+(?:content|video)\W{0,3}"
    r"|have\s+a\s+(?:confidential\s+|news\s+|story\s+)?tip\b.{0,120}"
    r"|advert(?:isement)?|(?:keep|continue)\s+reading|read\s+more|show\s+(?:more|less)|[×✕✖]"
    r"|like\s+this\s*:|like\s+loading(?:\.\.\.|…)?"
    r"|this\s+(?:slideshow|gallery|video|content|page|site)\s+requires\s+javascript\b.{0,60}"
    # a player's fallback when its video fails: "We apologize, but this video has failed to load.", "Try
    # refreshing your browser, or", "tap here to see other videos from our team."
    r"|(?:we\s+apologi[sz]e,?\s+but\s+)?this\s+video\s+has\s+failed\s+to\s+load\b.{0,40}"
    r"|try\s+refreshing\s+your\s+(?:browser|page)\b.{0,60}|(?:tap|click)\s+here\s+to\s+see\s+other\s+videos\b.{0,40}"
    # an ad's label in the text: "Article continues below", "Story continues below advertisement"
    r"|(?:article|story)\s+continues\s+(?:below|after\s+(?:this\s+)?(?:ad|advertisement))(?:\s+advertisement)?"
    # what is left of a sign-in or subscription box, a licensing link, a comments promotion, a skip link
    r"|don.t\s+have\s+an\s+account\??(?:\s+(?:create|register)(?:\s+(?:an\s+)?account)?)?|view\s+more\s+offers"
    r"|reuse\s+this\s+content|purchase\s+licensing\s+rights|our\s+standards\s*:.{0,100}"
    r"|join\s+our\s+commenting\s+forum|go\s+to\s+accessibility\s+shortcuts"
    # an embedded post's fallback link: "View full post on Youtube"
    r"|view\s+(?:the\s+)?full\s+post\s+on\s+\w+"
    # a shopping button's text: "Buy Now", "Try Harbour VPN Now", "Check Price", "$30 at Harbour Store", "See It!"
    r"|buy\s+now|shop\s+now|try\s+(?!it\b)[\w.-]+(?:\s+[\w.-]+){0,2}\s+now|check\s+(?:the\s+)?price|view\s+deal"
    r"|see\s+(?:the\s+)?deal|see\s+it!|price\s+at|[$£€]\s?\d[\d,.]*\s+at\s+[\w&'’.-]+(?:\s+[\w&'’.-]+){0,2}"
    r")"
)

#: Furniture-line forms that open with a free run of text, each tried only when a word
#: (or sign) it must hold is in the lowercased line: they are the slow part of the search.
_LINE_GATED = (
    (("/", "|", "-"), rf"[^.!?]{{0,80}}(?:[/|]|\s-\s)\s*{_AGENCY}\b[^.!?]{{0,60}}"),
    (("reserved",), r".{0,120}\ball\s+rights\s+reserved\b.{0,80}"),
    (("may",), r".{0,120}\bwe\s+may\s+(?:earn|receive|get)\s+(?:a\s+)?(?:commission|compensation|a\s+share)\b.{0,150}"),
    (("affiliate",), r".{0,80}\b(?:affiliate\s+links?|affiliate\s+commission)\b.{0,150}"),
    (("can", "may"), r".{0,80}\b(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+at\b.{0,120}"),
    # a plea for support closing the article: "If you enjoy our content, please consider subscribing."
    (
        ("journalism", "consider"),
        r".{0,80}\b(?:(?:way|help|please)\s+(?:to\s+)?support\s+our\s+journalism|please\s+consider\s+subscribing)\b.{0,80}",
    ),
    (("newsletter",), r"(?=[^\n]{0,200}newsletter)(?=[^\n]{0,200}(?:sign\s+up|subscribe))[^\n]{0,200}"),
    # a magazine's subscription offer: "Get the Harbour Monthly through your letterbox. 12 issues for £11.99."
    # (an offer: it names a subscription or delivery; "printed 12 issues for £3 each in 1990" is a sentence)
    (
        ("issues",),
        r"(?=[^\n]{0,200}(?:subscri|deliver|letterbox|offer|magazine))"
        r".{0,120}\b\d+\s+issues\s+for\s+(?:just\s+|only\s+)?[$£€]\s?\d[^\n]{0,100}",
    ),
    # a comments plug: "Join thought-provoking conversations, follow other Gazette readers and see their replies"
    (("conversation",), r"join\s+(?:[\w-]+\s+){0,2}conversations?\b[^\n]{0,150}"),
    # a pointer whose matter is elsewhere, closing on its link: "For the full schedule, click here."
    (("click",), r"[^\n]{0,180}\bclick\s+here"),
    # a plug for the site's own pages: "For more stories like this, check our news page."
    (("like this",), r"for\s+more\s+(?:stories|news|articles|content)\s+like\s+this\b[^\n]{0,80}"),
    # a reporting credit closing the article: "Additional reporting by Ann Lee and Tom Hale"
    (("additional",), r"additional\s+reporting\s+(?:by|from)\b[^.!?]{0,150}"),
    (("inbox",), r".{0,120}\b(?:delivered|direct|straight|right|sent)\s+(?:right\s+)?to\s+your\s+inbox\b.{0,150}"),
    (
        ("@",),
        # (the address opens with a letter or digit: signs before it are the line's edge, which "^\W*" takes; an
        # address that could open with one would give that edge two readings, quadratic on a run of signs)
        r"\w[\w.+-]*+@[\w-]+(?:\.[\w-]+)+"
        r"|(?:e-?mail|contact|write\s+to)\s+[\w .'’-]{1,60}?\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,150}"
        # a call for tips closing on the newsroom's address: "Do you have a story to tell? Email: ...", "Get in touch at
        # ...", "Get in touch with our news team by emailing us at ..."
        r"|.{0,150}\b(?:e-?mail(?:ing)?(?:\s+(?:us|me|him|her|them))?\s*(?:at|:)|get\s+in\s+touch\s+(?:at|via|on))\s*"
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    ),
)


def _whole_line(body: str) -> re.Pattern[str]:
    """Compile ``body`` to match a whole line, with any non-word signs around it."""
    return re.compile(rf"^\W*(?:{body})\W*$", re.IGNORECASE)


#: The whole furniture-line search in one pattern (``furniture_line`` gives its answer faster).
FURNITURE_LINE = _whole_line("|".join((_LINE_PLAIN, *(body for _, body in _LINE_GATED))))
_FURNITURE_PLAIN = _whole_line(_LINE_PLAIN)
_FURNITURE_ALL_GATED = _whole_line("|".join(body for _, body in _LINE_GATED))
# Each word with the form it gates, in one flat list: a line is tested for each word once (a form gated by two
# words that the line both holds is tried twice, which changes no answer).
_FURNITURE_GATES = tuple((word, _whole_line(body)) for words, body in _LINE_GATED for word in words)
#: The characters that case-insensitive matching takes for an ASCII letter ("ſ" for "s", "ı" and "İ" for "i",
#: the Kelvin sign for "k"): the only ones through which a line could match a word its lower case lacks.
CASE_TWINS = "\u0130\u0131\u017f\u212a"


#: The longest text that can be a furniture line. Such lines are short (the longest on the 528 benchmark pages has
#: 199 characters), and some forms take time quadratic in the length on a long run of signs ("-.-.-.…@"): a
#: heading or a dek of 30,000 such characters took seconds.
FURNITURE_LINE_MAX = 500


def furniture_line(text: str) -> bool:
    """Whether ``text`` is a whole furniture line (``FURNITURE_LINE`` matches it; never past ``FURNITURE_LINE_MAX``).

    The same answer as ``FURNITURE_LINE.match``, faster: the forms that open with a free
    run of text are tried only when the line holds a word they need (in lower case, white
    space collapsed: a form's "like\\s+this" is "like this" there). A line holding one of
    ``CASE_TWINS`` (rare) tries every such form.
    """
    if len(text) > FURNITURE_LINE_MAX:
        return False
    if _FURNITURE_PLAIN.match(text) is not None:
        return True
    if not text.isascii() and any(char in text for char in CASE_TWINS):
        return _FURNITURE_ALL_GATED.match(text) is not None
    lowered = _gate_text(text)
    # (a loop, not any() over a generator: a fifth faster, on the dozen words most lines hold none of)
    for word, pattern in _FURNITURE_GATES:  # noqa: SIM110
        if word in lowered and pattern.match(text) is not None:
            return True
    return False


def _gate_text(text: str) -> str:
    """``text`` in lower case with its white space collapsed to single spaces (what the gate words are
    looked for in: ``\\s+`` between two words of a form is one space there)."""
    lowered = text.lower()
    if "  " in lowered or not lowered.isprintable():  # (the only white space a printable text holds is " ")
        lowered = " ".join(lowered.split())
    return lowered


#: The phrases that make a paragraph of up to a few sentences the site's notice (affiliate disclosure, terms of
#: use, copyright), searched anywhere in the paragraph; each with words one of which every match holds (in lower
#: case, white space collapsed: the test ``notice_phrase`` makes before the search).
_NOTICE_FORMS = (
    (
        ("we may",),
        r"\bwe\s+may\s+(?:earn|receive|get|be\s+paid)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation|a\s+share|revenue)",
    ),
    (("affiliate",), r"\b(?:our|contains?|includes?)\s+affiliate\s+links?\b|\bhas\s+affiliate\s+partnerships\b"),
    (("by using",), r"\bby\s+using\s+(?:this|our)\s+(?:site|website)\b"),
    (
        ("share", "portion", "percentage"),
        r"\bmay\s+(?:get|earn|receive)\s+a\s+(?:share|portion|percentage)\s+of\s+(?:the\s+)?(?:revenue|sales)\b",
    ),
    (("compensation", "commission"), r"\bwe\s+(?:receive|earn)\s+(?:a\s+)?(?:compensation|commission)\b"),
    (("independently",), r"\bindependently\s+(?:selected|chosen|picked)\s+by\s+our\s+editors\b"),
    (("rights reserved",), r"\ball\s+rights\s+reserved\b"),
    (("broadcast",), r"\bmay\s+not\s+be\s+(?:published|reproduced),?\s+broadcast"),
    (("cookies",), r"\b(?:this|our)\s+(?:web)?site\s+uses\s+cookies\b|\bwe\s+use\s+cookies\b"),
    (
        ("editorial",),
        r"\bread\s+our\s+editorial\s+(?:process|polic(?:y|ies)|standards|guidelines)\b|"
        r"\baccording\s+to\s+[^.]{0,40}?\beditorial\s+(?:process|polic(?:y|ies))\b",
    ),
    (("find out more",), r"\bfind\s+out\s+more\s+about\s+how\s+we\s+(?:test|review|rate|evaluate|choose|pick)\b"),
    (("compile",), r"\bthe\s+data\s+used\s+to\s+compile\s+this\s+article\b"),
    (("disclaimer",), r"^\W*disclaimer\s*:"),
    (("informational",), r"\bis\s+for\s+informational\s+purposes\s+only\b"),
    (("constitute",), r"\bdoes\s+not\s+constitute\s+(?:medical|legal|financial|investment)\s+advice\b"),
)

#: The whole notice search in one pattern (``notice_phrase`` gives its answer faster).
NOTICE_PHRASE = re.compile("|".join(body for _, body in _NOTICE_FORMS), re.IGNORECASE)
# Each word with the form it gates, in one flat list (as ``_FURNITURE_GATES``).
_NOTICE_GATES = tuple((word, re.compile(body, re.IGNORECASE)) for words, body in _NOTICE_FORMS for word in words)


def notice_phrase(text: str) -> bool:
    """Whether ``NOTICE_PHRASE`` finds a notice in ``text``: the same answer, faster, as each form is searched
    only when the text holds a word it needs (as ``furniture_line`` does)."""
    if not text.isascii() and any(char in text for char in CASE_TWINS):
        return NOTICE_PHRASE.search(text) is not None
    lowered = _gate_text(text)
    for word, pattern in _NOTICE_GATES:  # noqa: SIM110  (a loop, as in furniture_line)
        if word in lowered and pattern.search(text) is not None:
            return True
    return False


#: The credit closing a picture's caption, after the words that describe the picture: "The quay at dawn. (Credit:
#: Ann Lee)", "The quay at dawn. Credit: Harbour Council." (a name: "Credit: the bank's rating held." is a
#: sentence), "The quay at dawn [Ann Lee/Reuters]". Searched in a short paragraph (``CAPTION_CREDIT_MAX``) with words
#: before the credit.
CAPTION_CREDIT = re.compile(
    r"(?:[(\[]\s*(?:(?:photo|image|picture)\s*)?credits?\s*:[^()\[\]\n]{1,80}[)\]]"
    r"|(?<=[.!?])\s+(?:(?:photo|image|picture)\s+)?credits?\s*:\s*(?-i:[A-Z])[^.!?\n]{0,60}"
    rf"|\[[^\[\]\n]{{1,60}}/\s*{_AGENCY}\])\W*$",
    re.IGNORECASE,
)
CAPTION_CREDIT_MAX = 300


#: The author's note that closes an article: "Jane Roe is a reporter for the Gazette ...",
#: "John Doe writes about courts". Only the last paragraphs of the text are tried.
AUTHOR_BIO = re.compile(
    r"^\W*+(?![^.]*\b(?:says|said|told|according)\b)"
    r"(?-i:[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da)){1,3})\s+"
    r"(?:(?:writes|reports)\s+(?:about|on)\b|(?:is|was|writes|covers|reports|has\s+(?:been|worked|written|covered))\b"
    r"[^.]{0,120}?\b(?:reporter|writer|editor|correspondent|columnist|analyst|contributor|journalist|author|producer|"
    r"critic|freelancer|fellow|intern)s?\b).{0,300}$",
    re.IGNORECASE | re.DOTALL,
)


#: A permalink sign closing a heading ("Setting up¶": the anchor link documentation tools print after each
#: heading): no word of the heading.
#: (Entered at the start of a run of white space only: a search from each of its spaces was quadratic.)
PERMALINK_TAIL = re.compile(r"(?<!\s)\s*[¶§🔗]\ufe0f?\Z")
