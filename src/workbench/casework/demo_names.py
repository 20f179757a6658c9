"""Name lists for synthetic demo data.

Family names are invented and read as made up ("Testworth", "Sampleton"), so a screenshot of the demo
caseload can never be mistaken for a real person's record; given names are ordinary. Every entry
passes the reception form's name check (letters, spaces, hyphens and apostrophes).
"""

from __future__ import annotations

from typing import Final

FAMILY_NAMES: Final = (
    "Testworth", "Sampleton", "Fakerley", "Mockridge", "Demoford", "Placeholdsworth", "Examplewood",
    "Fictionby", "Syntheson", "Pretendle", "Madeupton", "Notrealby", "Dummington", "Stubbsworth",
    "Fixtureley", "Proxham", "Simulatt", "Trialsby", "Specimen", "Templeworth", "Mockingham",
    "Inventon", "Imaginby", "Figmentor", "Hypothetson", "Pseudoley", "Fabricatt", "Counterfeld",
    "Ersatzby", "Facsimile", "Replicott", "Lookalike", "Standinby", "Decoyne", "Shamwell",
    "Phantomley", "Notaperson", "Nobodyson", "Anonyworth", "Generickson", "Boilerby", "Loremson",
    "Ipsumworth", "Dolorley", "Quuxley", "Foobarton", "Bazworth", "Widgetson", "Gadgetby",
    "Sampleby", "Testington", "Demoworth", "Fauxley", "Mimicombe", "Copycatt", "Unrealton",
    "Storybrook-Fake", "Fakeham", "Testbury", "Demodale", "O'Sampleton", "Mac Testworth",
    "Dataley", "Recordson", "Seedwell", "Randomley", "Shuffleby", "Dicerson", "Fixtureby",
    "Noddington", "Trialworth", "Pilotson", "Prototon", "Draftley", "Sketchby", "Mockford",
)

MALE_GIVEN_NAMES: Final = (
    "James", "John", "David", "Michael", "Daniel", "Paul", "Mark", "Andrew", "Christopher", "Steven",
    "Thomas", "Lee", "Ryan", "Jamie", "Craig", "Darren", "Liam", "Connor", "Kyle", "Jordan",
    "Nathan", "Adam", "Ben", "Sam", "Jack", "Harry", "Callum", "Dean", "Wayne", "Gary",
    "Robert", "Peter", "Kevin", "Stuart", "Scott", "Matthew", "Joshua", "Aaron", "Luke", "Reece",
    "Mohammed", "Ali", "Tariq", "Imran", "Kwame", "Tyrone", "Marcus", "Delroy", "Piotr", "Tomasz",
    "Sean", "Patrick", "Declan", "Gareth", "Rhys", "Owen", "Ian", "Neil", "Carl", "Shane",
)

FEMALE_GIVEN_NAMES: Final = (
    "Sarah", "Emma", "Laura", "Lisa", "Claire", "Michelle", "Nicola", "Kelly", "Donna", "Joanne",
    "Amy", "Jade", "Chloe", "Gemma", "Stacey", "Leanne", "Rebecca", "Hannah", "Sophie", "Jessica",
    "Danielle", "Kerry", "Natalie", "Samantha", "Charlotte", "Zoe", "Tracy", "Karen", "Julie", "Angela",
    "Aisha", "Fatima", "Amira", "Grace", "Precious", "Shanice", "Agnieszka", "Magda", "Siobhan", "Ciara",
    "Bethan", "Ffion", "Megan", "Courtney", "Paige", "Toni", "Kayleigh", "Lauren", "Rachel", "Helen",
)

STAFF_GIVEN_NAMES: Final = (
    "Alex", "Jo", "Chris", "Sam", "Pat", "Robin", "Jordan", "Morgan", "Charlie", "Frankie",
    "Priya", "Tom", "Ruth", "Kemi", "Gareth", "Aled", "Nadia", "Viktor",
)

COMMUNITY_OFFENDER_MANAGERS: Final = (
    "Jo Probationworth (Demoshire Probation)",
    "Sunil Casebury (Demoshire Probation)",
    "Helen Licenceby (Demoshire Probation)",
    "Marek Supervisett (Demoshire Probation)",
    "Abi Fieldington (Demoshire Probation)",
    "Tunde Officeley (Demoshire Probation)",
    "Grace Reportsby (Sampleshire Probation)",
    "Owen Courtwell (Sampleshire Probation)",
    "Ruth Orderley (Sampleshire Probation)",
    "Callum Communiton (Sampleshire Probation)",
    "Nia Hostelby (Testshire Probation)",
    "Priya Resettleworth (Testshire Probation)",
)
