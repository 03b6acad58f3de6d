"""Paraphrase grid: template sentences of our own (no evaluation text), each a strike, deployment or
non-event frame told by nine sides about places in their theaters, with varied dates and place forms.
Prints, per template that is not fully right, how many of its sentences give the expected event
(type and country), the actor and the date; then totals. A probe for wording categories the extractor
misses (a side's adjective on an attack noun, "a barrage of rockets", ...), not a tuning set.

    python benchmarks/bench_paraphrase.py [-v]
"""
import itertools, sys, collections, random
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from events.extract import extract_text

random.seed(7)
ACT = [("Russia", "Russian", "Russian forces", "Russian jets"), ("Ukraine", "Ukrainian", "Ukrainian forces", "Ukrainian drones"),
       ("Israel", "Israeli", "the Israeli military", "Israeli warplanes"), ("Houthis", "Houthi", "the Houthis", "Houthi drones"),
       ("Saudi-led coalition", "coalition", "the Saudi-led coalition", "coalition jets"),
       ("Turkey", "Turkish", "the Turkish army", "Turkish drones"), ("United States", "US", "US forces", "US aircraft"),
       ("Syrian government", "government", "Syrian government forces", "government helicopters"),
       ("Libyan National Army", "LNA", "Haftar's forces", "LNA warplanes")]
PLACES = {"Russia": [("Kharkiv", "UA"), ("Kherson", "UA"), ("Idlib", "SY"), ("Zaporizhzhia", "UA")],
          "Ukraine": [("Belgorod", "RU"), ("Donetsk", "UA"), ("Sevastopol", "UA"), ("Kursk", "RU")],
          "Israel": [("Damascus", "SY"), ("Hodeidah", "YE"), ("Homs", "SY"), ("Tyre", "LB")],
          "Houthis": [("Marib", "YE"), ("Jizan", "SA"), ("Eilat", "IL"), ("Taiz", "YE")],
          "Saudi-led coalition": [("Sanaa", "YE"), ("Saada", "YE"), ("Hodeidah", "YE"), ("Dhamar", "YE")],
          "Turkey": [("Kobani", "SY"), ("Qamishli", "SY"), ("Afrin", "SY"), ("Duhok", "IQ")],
          "United States": [("Mosul", "IQ"), ("Raqqa", "SY"), ("Al Qaim", "IQ"), ("Sanaa", "YE")],
          "Syrian government": [("Aleppo", "SY"), ("Hama", "SY"), ("Daraa", "SY"), ("Idlib", "SY")],
          "Libyan National Army": [("Tripoli", "LY"), ("Misrata", "LY"), ("Zawiya", "LY"), ("Gharyan", "LY")]}
STRIKE = [
 "{Subj} struck {P} {D}.", "{Subj} carried out airstrikes on {P} {D}.", "{Subj} launched a missile attack on {P} {D}.",
 "{Subj} shelled {P} {D}.", "{Subj} pounded {P} with artillery {D}.", "{Subj} fired rockets at {P} {D}.",
 "{Subj} hit targets in {P} {D}.", "{Subj} bombed {P} {D}.", "{Subj} conducted a drone strike near {P} {D}.",
 "{P} was struck by {Subj} {D}.", "Airstrikes by {Subj} hit {P} {D}.", "{Subj} targeted {P} with drones {D}.",
 "A {Adj} missile slammed into {P} {D}.", "{Plat} raided {P} {D}.", "{Subj} attacked {P} with ballistic missiles {D}.",
 "{Plat} bombarded {P} {D}.", "{D_cap}, {Subj} launched a wave of drones at {P}.", "{P} came under {Adj} shelling {D}.",
 "{Adj} artillery targeted {P} {D}.", "{D_cap}, {Plat} struck a fuel depot in {P}.", "{Subj} said its aircraft had struck {P} {D}.",
 "{D_cap}, {Adj} strikes killed five people in {P}.", "An {Adj} air raid on {P} {D} killed three civilians.",
 "{Subj} hit an ammunition depot on the outskirts of {P} {D}.", "Missiles fired by {Subj} hit {P} {D}.",
 "{P} was hit by {Adj} rockets {D}.", "{Subj} launched strikes against targets near {P} {D}.",
 "{Plat} dropped bombs on {P} {D}.", "{Subj} unleashed a barrage of rockets on {P} {D}.",
 "The {Adj} bombardment of {P} {D} destroyed a bridge.",
]
DEPLOY = [
 "{Subj} deployed troops to {P} {D}.", "{Subj} sent reinforcements to {P} {D}.", "{Adj} troops arrived in {P} {D}.",
 "{Subj} moved armoured vehicles into {P} {D}.", "{Subj} stationed fighter jets at an air base near {P} {D}.",
 "A convoy of {Adj} military vehicles entered {P} {D}.", "{Subj} redeployed an air defence battery to {P} {D}.",
]
NEG = [
 "{Subj} denied striking {P} {D}.", "{Subj} threatened to strike {P}.", "{Subj} could strike {P} if talks fail.",
 "{Subj} did not strike {P} {D}, officials said.", "{Subj} plans to deploy troops to {P} next month.",
 "Clashes between rival fighters erupted in {P} {D}.", "Gunmen attacked a checkpoint in {P} {D}.",
 "A suicide bomber blew himself up at a market in {P} {D}.", "Air defences shot down a drone over {P} {D}.",
 "{Subj} held military drills near {P} {D}.", "{Subj} warned that it would bomb {P}.",
 "Police raided a house in {P} {D} and arrested two men.", "{Subj} withdrew its troops from {P} {D}.",
 "Residents of {P} feared new strikes.", "If {Subj} strikes {P}, the ceasefire will collapse.",
]
DATES = [("on Tuesday", "2024-03-12"), ("early on Tuesday", "2024-03-12"), ("late on Monday", "2024-03-11"),
         ("yesterday", "2024-03-13"), ("on 9 March", "2024-03-09"), ("on Sunday night", "2024-03-10")]
PLACE_FORMS = ["{c}", "the city of {c}", "{c}"]
PUB = "2024-03-14"   # Thursday

def cases():
    for kind, rows in (("strike", STRIKE), ("deployment", DEPLOY), ("none", NEG)):
        for ti, t in enumerate(rows):
            for a in ACT:
                c, cc = random.choice(PLACES[a[0]])
                d, dd = random.choice(DATES)
                p = random.choice(PLACE_FORMS).format(c=c)
                s = t.format(Subj=a[2], Adj=a[1], Plat=a[3], P=p, D=d, D_cap=d[0].upper() + d[1:])
                s = s[0].upper() + s[1:]
                yield kind, ti, t, s, a[0], c, cc, dd

stats = collections.defaultdict(lambda: [0, 0, 0, 0, 0])   # n, ok type+place, actor ok, date ok, extra events
fails = collections.defaultdict(list)
for kind, ti, t, s, actor, c, cc, dd in cases():
    evs = extract_text(s, published=PUB)
    st = stats[(kind, ti, t)]
    st[0] += 1
    if kind == "none":
        ok = not evs
        st[1] += ok
        if not ok:
            fails[(kind, ti)].append(f"{s} -> {[(e.type, e.name) for e in evs]}")
        continue
    hit = [e for e in evs if e.type == kind and e.country == cc]
    if hit:
        st[1] += 1
        st[2] += any(e.actor == actor for e in hit)
        st[3] += any(e.date == dd for e in hit)
        if not any(e.actor == actor for e in hit):
            fails[(kind, ti, "actor")].append(f"{s} -> {[e.actor for e in hit]}")
        if not any(e.date == dd for e in hit):
            fails[(kind, ti, "date")].append(f"{s} -> {[e.date for e in hit]}")
    else:
        fails[(kind, ti)].append(f"{s} -> {[(e.type, e.name, e.country) for e in evs]}")
    st[4] += len([e for e in evs if e not in hit])
tot = collections.Counter()
for (kind, ti, t), (n, ok, ac, dt, ex) in stats.items():
    tot[kind, "n"] += n; tot[kind, "ok"] += ok; tot[kind, "ac"] += ac; tot[kind, "dt"] += dt
    if ok < n or (kind != "none" and (ac < ok or dt < ok)):
        print(f"{kind:10} {ok}/{n} actor {ac} date {dt} extra {ex} | {t}")
for kind in ("strike", "deployment", "none"):
    print(kind, {k[1]: v for k, v in tot.items() if k[0] == kind})
if "-v" in sys.argv:
    for k, v in fails.items():
        for x in v[:4]:
            print(k, x)
