"""What a name, an honorific or a role says about whether "he" or "she" can stand for a person.

Only the evidence of the text is used: an honorific ("Mrs. Clinton"), a gendered role noun
("the spokeswoman", "chairman"), or a common English first name. A person with no such
evidence stays open to both pronouns; nothing here is a judgment about anyone, only which
pronoun the article is likely to use.
"""

from __future__ import annotations

import functools

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

# Common first names, lower case: the most frequent given names in the United States and Britain over the last
# eighty years, their short forms, and given names often in the English-language news from elsewhere (names
# mostly given to either sex, such as Alex, Jordan or Leslie, are left out).
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
        "sue", "peggy", "ellen", "eileen", "colleen", "maureen", "monica", "erin", "erica", "jenny", "lori", "tracy",
        "aisha", "alexandria", "amelia", "anita", "annalena", "ava", "ayanna", "beatrice", "becky", "beth", "betsy",
        "britney", "cathy", "chloe", "christiane", "cindy", "condoleezza", "dolly", "elaine", "eleanor", "ella",
        "erika", "esther", "fatima", "fiona", "gabriela", "gabrielle", "gillian", "giorgia", "greta", "gretchen",
        "harriet", "hazel", "heidi", "helga", "holly", "hope", "ilhan", "ingrid", "irina", "iris", "isabel", "ivanka",
        "ivy", "jacinda", "jasmine", "jeanine", "jeanne", "joy", "julianne", "kamala", "kathy", "kellyanne", "kemi",
        "kirsten", "kirsty", "kristen", "kristi", "kristin", "layla", "leah", "leila", "lily", "liz", "louise",
        "lucy", "margot", "mariam", "marjorie", "marsha", "meghan", "megyn", "melania", "meryl", "mhairi", "mia",
        "michele", "miriam", "mollie", "molly", "nadia", "nadya", "naomi", "natalia", "natasha", "niamh", "nora",
        "norah", "oksana", "olga", "oprah", "patty", "penny", "polly", "priti", "priya", "rashida", "rita", "ruby",
        "selena", "siobhan", "sonya", "sophie", "stacey", "stacy", "stella", "suella", "svetlana", "tamara", "tanya",
        "tatiana", "tiffany", "tulsi", "ursula", "vanessa", "veronica", "violet", "whitney", "yasmin", "yolanda",
        "yulia", "yvonne", "zoe",
        "charity", "crystal", "dawn", "destiny", "faith", "mercy", "olive", "pearl", "sunny",
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
        "tom", "bob", "dick", "dan", "dave", "steve", "greg", "ken", "ron", "rob", "chuck", "harry",
        "abdul", "abraham", "ahmed", "alejandro", "alexei", "alexey", "alfie", "alistair", "andre", "andrei", "andy",
        "angus", "antonio", "antony", "archie", "barack", "benny", "bernard", "beto", "bibi", "boris", "brad",
        "brett", "caleb", "callum", "calvin", "carlos", "cedric", "chad", "chester", "clarence", "clint", "cody",
        "colin", "connor", "curtis", "danny", "darius", "derek", "diego", "dmitri", "dmitry", "doug", "dustin",
        "dwayne", "dwight", "ed", "eddie", "eli", "elon", "emmanuel", "ezra", "felix", "fernando", "francisco",
        "franklin", "françois", "fred", "freddie", "friedrich", "fumio", "giovanni", "giuseppe", "glenn", "gordon",
        "hank", "hans", "hassan", "hector", "herbert", "howard", "hugh", "hugo", "hunter", "hussein", "ian",
        "ibrahim", "igor", "isaac", "ivan", "jacques", "jake", "jamal", "jared", "jasper", "javier", "jay", "jeb",
        "jeff", "jens", "jimmy", "joey", "jonah", "jorge", "josh", "keir", "klaus", "kurt", "lamar", "lance", "leo",
        "leonard", "levi", "liam", "lloyd", "luis", "luke", "lyndon", "malik", "manuel", "marcus", "mario", "matt",
        "matteo", "maurice", "merrick", "mick", "miguel", "mikhail", "mitch", "mitt", "mohamed", "mohammad",
        "mohammed", "muhammad", "narendra", "neil", "newt", "nick", "nigel", "nikolai", "norman", "olaf", "oleg",
        "oliver", "omar", "oscar", "owen", "pavel", "pedro", "pete", "pierre", "piers", "rafael", "rahm", "rand",
        "recep", "reginald", "reince", "rex", "rhys", "ricardo", "rishi", "roberto", "rodney", "rudy", "rupert",
        "rush", "satya", "sergei", "sergey", "sergio", "seth", "shane", "shinzo", "simon", "stanley", "stuart",
        "sundar", "teddy", "theo", "theodore", "tommy", "tony", "travis", "troy", "vernon", "viktor", "vladimir",
        "volodymyr", "wade", "warren", "wesley", "wolfgang", "woodrow", "xavier", "yevgeny", "yusuf",
        "buck", "chase", "cliff", "dale", "dean", "drew", "earl", "grant", "heath", "herb", "mason", "miles", "rocky",
        "sterling",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=2048)  # a person of no known gender is asked about again at every mention
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
    words = [word.lower().strip(".,’'") for word in name.split()]
    # "Brave Marina Lacerda": a word before a three-word name may be no name at all; the next one tells
    for first in words[:2] if len(words) > 2 else words[:1]:
        if first in _FEMALE:
            return "f"
        if first in _MALE:
            return "m"
    return None


def is_first_name(word: str) -> bool:
    """Whether ``word`` (any case) is a first name the lists know."""
    lower = word.lower()
    return lower in _FEMALE or lower in _MALE
