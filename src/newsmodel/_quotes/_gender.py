"""What a name, an honorific or a role says about whether "he" or "she" can stand for a person.

Only the evidence of the text is used: an honorific ("Mrs. Clinton"), a gendered role noun
("the spokeswoman", "chairman"), or a common English first name. A person with no such
evidence stays open to both pronouns; nothing here is a judgment about anyone, only which
pronoun the article is likely to use.
"""

from __future__ import annotations

__all__ = ["gender_of"]

_HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "miss": "f"}

_ROLE_WORDS = {
    **dict.fromkeys(
        ("spokeswoman", "congresswoman", "chairwoman", "businesswoman", "councilwoman", "assemblywoman",
         "actress", "wife", "mother", "daughter", "sister", "grandmother", "widow", "queen", "princess",
         "duchess", "niece", "aunt", "girlfriend", "stepmother", "granddaughter", "madam", "lady"),
        "f",
    ),
    **dict.fromkeys(
        ("spokesman", "congressman", "chairman", "businessman", "councilman", "assemblyman", "actor",
         "husband", "father", "son", "brother", "grandfather", "widower", "king", "prince", "duke", "nephew",
         "uncle", "boyfriend", "stepfather", "grandson"),
        "m",
    ),
}  # fmt: skip

# Common English first names (the most frequent given names in the United States and Britain
# over the last eighty years), lower case.
_FEMALE = frozenset(
    {
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy",
        "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen",
        "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
        "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
        "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn",
        "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa",
        "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace",
        "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany",
        "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "hillary", "nikki", "carly", "madeleine",
        "loretta", "elena", "sonia", "debbie", "jill", "elise", "claire", "susanne", "suzanne", "caroline", "anne",
        "annie", "katie", "kate", "jane", "joanna", "joanne", "valerie", "wendy", "tina", "tammy", "sheila", "sally",
        "sue", "peggy", "ellen", "eileen", "colleen", "maureen", "monica", "erin", "erica", "jenny", "lori", "tracy"
    }
)  # fmt: skip
_MALE = frozenset(
    {
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron",
        "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy",
        "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur",
        "lawrence", "jesse", "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel", "logan",
        "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby",
        "philip", "johnny", "bernie", "ted", "marco", "mike", "chris", "ben", "rick", "bill", "al", "tim", "jim",
        "tom", "bob", "dick", "dan", "dave", "steve", "greg", "ken", "ron", "rob", "chuck", "harry"
    }
)  # fmt: skip


def gender_of(written: str, role: str | None, name: str) -> str | None:
    """ "m", "f" or None for a person from the name as written (honorific included), its role and its name."""
    for token in written.split():
        found = _HONORIFICS.get(token.lower())
        if found is not None:
            return found
    if role:
        for word in role.lower().split():
            found = _ROLE_WORDS.get(word)
            if found is not None:
                return found
    first = name.split()[0].lower().strip(".,’'") if name.split() else ""
    if first in _FEMALE:
        return "f"
    if first in _MALE:
        return "m"
    return None
