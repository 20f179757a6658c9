"""The objective linter's labelled statements (issue 9 point 2), in the wording real plans use.

Each entry is (statement, outcome_focused). "Outcome-focused" means the statement names a change in
behaviour, attitude, skill or circumstance (seed 3.26, 3.30: "to be able to control temper better");
"process-only" means it only says what will be attended, completed or engaged with ("attend education
services"). A process clause with a concrete purpose ("Complete TSP so that he can manage conflict") is
outcome-focused; a process clause whose only purpose is vague ("... to reduce his risk") is not.

``HELD_OUT`` was written before any rule of the linter and has never been tuned on; ``TUNING`` was
written afterwards and used while writing the rules. Both figures are reported.
"""

from __future__ import annotations

OUTCOME = True
PROCESS = False

# -- held out: written before the rules, never tuned on --------------------------------------------
HELD_OUT: tuple[tuple[str, bool], ...] = (
    ("To be able to control his temper when challenged by staff or peers", OUTCOME),
    ("I will stay drug-free and give negative MDTs for the rest of my sentence", OUTCOME),
    ("Have settled accommodation on release", OUTCOME),
    ("Mr Jones to manage conflict on the wing without resorting to violence", OUTCOME),
    ("He will recognise the warning signs of his anger and walk away", OUTCOME),
    ("I want to be able to read well enough to write letters to my kids", OUTCOME),
    ("Complete TSP so that he can manage conflict without violence", OUTCOME),
    ("to remain abstinent from alcohol on release", OUTCOME),
    ("Gain employment in the construction trade on release", OUTCOME),
    ("He will understand the impact of his offending on the victim and her family", OUTCOME),
    ("To develop healthy relationships free from controlling behaviour", OUTCOME),
    ("I will not use spice or any other drugs while in custody", OUTCOME),
    ("Reduce his debts and manage a weekly budget without borrowing from other prisoners", OUTCOME),
    ("Mr Ahmed to rebuild contact with his daughter through safe, supervised visits", OUTCOME),
    ("to think about the consequences before acting when under pressure", OUTCOME),
    ("stop associating with the peers he offended with", OUTCOME),
    ("He will use the coping strategies he has learnt when he feels low rather than self-harming", OUTCOME),
    ("Achieve Level 1 Functional Skills Maths so he can budget on release", OUTCOME),
    ("I will keep away from my old area and the people I used with", OUTCOME),
    ("Be in stable employment within three months of release", OUTCOME),
    ("To have no proven adjudications for violence over the next six months", OUTCOME),
    ("improve his literacy so he can fill in forms on his own", OUTCOME),
    ("he will take responsibility for his offence rather than blaming the victim", OUTCOME),
    ("To identify his triggers for drinking and plan how to deal with them", OUTCOME),
    ("Attend Resolve in order to learn to stay calm when provoked", OUTCOME),
    ("Maintain his sobriety after release and stay out of pubs", OUTCOME),
    ("to live independently in the community without reoffending", OUTCOME),
    (
        "Mr Smith will demonstrate pro-social attitudes towards authority in his dealings with wing staff",
        OUTCOME,
    ),
    ("be drug free", OUTCOME),
    ("He will express his feelings calmly instead of lashing out", OUTCOME),
    ("Secure a tenancy before his release date", OUTCOME),
    ("I will be a better dad and stay in touch with my children", OUTCOME),
    ("Accept responsibility for his behaviour towards his ex-partner and respect her boundaries", OUTCOME),
    ("to cope with stress without using cannabis", OUTCOME),
    ("His mental health to be stable with support from the in-reach team", OUTCOME),
    ("complete TSP", PROCESS),
    ("Attend education", PROCESS),
    ("engage with CARAT", PROCESS),
    ("I will go to the gym", PROCESS),
    ("to do Resolve", PROCESS),
    ("Mr Brown to complete the Thinking Skills Programme", PROCESS),
    ("He will attend all sessions of BBR", PROCESS),
    ("Referral to CARATs", PROCESS),
    ("To engage with the substance misuse service and attend all appointments", PROCESS),
    ("I will do my English and maths classes", PROCESS),
    ("attend education services", PROCESS),
    ("continue to attend Kaizen", PROCESS),
    ("To be assessed for Horizon", PROCESS),
    ("He is to participate in the Sycamore Tree course", PROCESS),
    ("Take part in Building Skills for Recovery", PROCESS),
    ("Enrol on a Functional Skills Maths course", PROCESS),
    ("Mr Patel to see the mental health in-reach team", PROCESS),
    ("complete resolve", PROCESS),
    ("To work with the resettlement team", PROCESS),
    ("He will engage with the chaplaincy", PROCESS),
    ("Apply for a job in the kitchens", PROCESS),
    ("to attend the housing advice surgery before release", PROCESS),
    ("I will speak to someone from Shelter about housing", PROCESS),
    ("Finish the Becoming New Me+ programme", PROCESS),
    ("Attend TSP to address offending behaviour", PROCESS),
    ("To go on the CALM course", PROCESS),
    ("He should engage in one to one work with psychology", PROCESS),
    ("Comply with the requirements of his licence", PROCESS),
    ("Attend induction and complete a learning and skills assessment", PROCESS),
    ("sign up for the gym and go 3 times a week", PROCESS),
    ("Mr Green to be referred to the debt advice service", PROCESS),
    ("He will cooperate with his offender supervisor and attend sentence planning boards", PROCESS),
    ("Start the drug recovery wing programme", PROCESS),
    ("to access healthcare for his diabetes", PROCESS),
    ("complete tsp and resolve", PROCESS),
    ("Complete the Thinking Skills course to reduce his risk of reoffending", PROCESS),
)
