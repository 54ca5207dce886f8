#!/usr/bin/env python3
"""Writes the example partnership's figures: resources/example/westshire-indicators.csv,
its indicator extract in Fingertips' exact CSV export layout, and
westshire-population.csv, its population by age band with projections.

Run by hand after changing the figures below; the CSV is committed, so the
build does not need Python. Westshire is fictional and so are its figures. The
indicators are real Fingertips indicators (ids, names, units, sex and age
labels and period formats as Fingertips exports them), and England's values
follow the published ones where we could check them (falls 2021/22 2,100 and
2022/23 1,933 per 100,000; hip fractures 2022/23 558; suicide 2020 - 22 10.3
and 2021 - 23 10.7; Year 6 obesity 2022/23 22.7%; smoking at delivery
2023/24 7.4%); England's other values are illustrative.

Intervals are worked out as public health analysts do: Wilson's score method
for proportions and Byar's approximation to the Poisson interval for rates
(scaled from the count to the rate). "Compared to England" and "Recent Trend"
are worked out as Fingertips does (the area's 95% interval against England's
value; the chi-squared test for linear trend over the latest five periods at
99.8%), so the file's words agree with Jointly's own judgements.
"""
import math
import os

Z95 = 1.959964
Z998 = 3.090232

ENGLAND = ("E92000001", "England", "England")
COUNTY = ("E10000991", "Westshire", "Counties & UAs (from Apr 2023)")
DISTRICTS = [
    ("E07000991", "Saltmere Coast", "Districts & UAs (from Apr 2023)"),
    ("E07000992", "Larkhampton", "Districts & UAs (from Apr 2023)"),
    ("E07000993", "Brackenford", "Districts & UAs (from Apr 2023)"),
    ("E07000994", "Oakwold Downs", "Districts & UAs (from Apr 2023)"),
    ("E07000995", "Fernley Vale", "Districts & UAs (from Apr 2023)"),
]
# People in each area (England, Westshire, then the districts) and the share
# of them in each age group the indicators use.
PEOPLE = [56_490_000, 800_000, 214_000, 182_000, 156_000, 130_000, 118_000]
AGE_SHARE = {
    "65+ yrs": [0.186, 0.232, 0.29, 0.17, 0.20, 0.25, 0.26],
    "All ages": [1.0] * 7,
    "10+ yrs": [0.886, 0.893, 0.90, 0.87, 0.89, 0.90, 0.91],
    "18+ yrs": [0.786, 0.795, 0.81, 0.77, 0.79, 0.80, 0.81],
    "<18 yrs": [0.214, 0.205, 0.19, 0.23, 0.21, 0.20, 0.19],
    "10-11 yrs": [0.0125, 0.0121, 0.0112, 0.0134, 0.0124, 0.0117, 0.0113],
    "Births": [0.0105, 0.0098, 0.0090, 0.0112, 0.0101, 0.0094, 0.0092],
}


def financial_years(first, last):
    return [(f"{y}/{(y + 1) % 100:02d}", y) for y in range(first, last + 1)]


def calendar_years(first, last):
    return [(str(y), y) for y in range(first, last + 1)]


def three_years(first, last):
    return [(f"{y - 2} - {y % 100:02d}", y - 2) for y in range(first, last + 1)]


def three_financial_years(first, last):
    return [(f"{y - 2}/{(y - 1) % 100:02d} - {y}/{(y + 1) % 100:02d}", y - 2)
            for y in range(first, last + 1)]


# Each indicator: id, name, kind ("rate" per `per`, or "proportion" in %),
# polarity (for Fingertips' words: "low", "high" or "none"), sex, age,
# periods, how many years of people each period counts (3 for three-year
# periods), and each area's values by period (England, Westshire, districts).
INDICATORS = [
    dict(id=22401, name="Emergency hospital admissions due to falls in people aged 65 and over",
         kind="rate", per=100_000, polarity="low", sex="Persons", age="65+ yrs",
         periods=financial_years(2016, 2023), years=1,
         values=[
             [2114, 2170, 2198, 2222, 2023, 2100, 1933, 1984],
             [1990, 2020, 2050, 2080, 2110, 2160, 2210, 2263],
             [2300, 2350, 2400, 2450, 2500, 2580, 2650, 2731],
             [2010, 2060, 2080, 2110, 2030, 2090, 2120, 2175],
             [1820, 1850, 1880, 1900, 1810, 1870, 1890, 1930],
             [2080, 2130, 2170, 2200, 2120, 2180, 2230, 2290],
             [1780, 1810, 1840, 1860, 1790, 1830, 1850, 1880],
         ]),
    dict(id=41401, name="Hip fractures in people aged 65 and over",
         kind="rate", per=100_000, polarity="low", sex="Persons", age="65+ yrs",
         periods=financial_years(2016, 2023), years=1,
         values=[
             [578, 575, 572, 569, 548, 551, 558, 552],
             [582, 580, 576, 571, 552, 556, 561, 556],
             [640, 636, 630, 624, 601, 606, 612, 604],
             [560, 557, 552, 548, 529, 532, 538, 533],
             [540, 538, 534, 529, 510, 514, 519, 515],
             [575, 572, 568, 563, 544, 548, 553, 548],
             [470, 468, 465, 461, 445, 448, 452, 447],
         ]),
    dict(id=21001, name="Emergency Hospital Admissions for Intentional Self-Harm",
         kind="rate", per=100_000, polarity="low", sex="Persons", age="All ages",
         periods=financial_years(2016, 2023), years=1,
         values=[
             [185.3, 185.5, 193.4, 192.6, 181.2, 163.9, 126.3, 117.0],
             [203.0, 205.1, 210.4, 212.8, 201.5, 188.2, 160.4, 154.9],
             [231.0, 234.0, 239.5, 242.1, 229.4, 214.0, 182.7, 176.3],
             [262.0, 266.4, 272.8, 276.3, 262.0, 245.1, 209.2, 202.1],
             [168.0, 169.8, 173.9, 175.5, 166.2, 155.0, 131.9, 127.2],
             [176.0, 177.4, 182.0, 183.7, 174.0, 162.4, 138.3, 133.5],
             [150.0, 151.5, 155.2, 156.7, 148.4, 138.5, 117.9, 113.7],
         ]),
    dict(id=41001, name="Suicide rate",
         kind="rate", per=100_000, polarity="low", sex="Persons", age="10+ yrs",
         periods=three_years(2015, 2023), years=3,
         values=[
             [10.1, 9.9, 9.6, 9.6, 10.1, 10.4, 10.4, 10.3, 10.7],
             [11.4, 11.6, 11.9, 12.1, 12.5, 12.8, 13.1, 13.3, 13.6],
             [13.2, 13.4, 13.8, 14.0, 14.5, 14.8, 15.2, 15.4, 15.8],
             [11.9, 12.1, 12.4, 12.7, 13.1, 13.4, 13.7, 13.9, 14.2],
             [9.8, 10.0, 10.2, 10.4, 10.8, 11.0, 11.3, 11.4, 11.7],
             [11.0, 11.2, 11.5, 11.7, 12.1, 12.4, 12.6, 12.8, 13.1],
             [10.5, 10.7, 11.0, 11.2, 11.6, 11.8, 12.1, 12.3, 12.6],
         ]),
    dict(id=848, name="Depression: QOF prevalence (18+ yrs)",
         kind="proportion", polarity="none", sex="Persons", age="18+ yrs",
         periods=financial_years(2016, 2023), years=1,
         values=[
             [9.9, 10.7, 11.4, 11.8, 12.3, 12.7, 13.2, 13.8],
             [10.6, 11.5, 12.2, 12.7, 13.2, 13.6, 14.1, 14.7],
             [11.8, 12.7, 13.5, 14.0, 14.6, 15.1, 15.6, 16.3],
             [10.9, 11.8, 12.5, 13.0, 13.5, 14.0, 14.5, 15.1],
             [9.8, 10.6, 11.3, 11.7, 12.2, 12.6, 13.0, 13.6],
             [10.2, 11.0, 11.7, 12.2, 12.7, 13.1, 13.6, 14.2],
             [9.4, 10.2, 10.8, 11.2, 11.7, 12.0, 12.5, 13.0],
         ]),
    dict(id=200, name="Learning disability: QOF prevalence (all ages)",
         kind="proportion", polarity="none", sex="Persons", age="All ages",
         periods=financial_years(2016, 2023), years=1,
         values=[
             [0.48, 0.49, 0.50, 0.51, 0.52, 0.53, 0.54, 0.55],
             [0.53, 0.54, 0.55, 0.56, 0.57, 0.59, 0.60, 0.61],
             [0.58, 0.59, 0.61, 0.62, 0.63, 0.65, 0.66, 0.67],
             [0.50, 0.51, 0.52, 0.53, 0.54, 0.56, 0.57, 0.58],
             [0.52, 0.53, 0.54, 0.55, 0.56, 0.58, 0.59, 0.60],
             [0.55, 0.56, 0.57, 0.58, 0.59, 0.61, 0.62, 0.63],
             [0.47, 0.48, 0.49, 0.50, 0.51, 0.53, 0.54, 0.55],
         ]),
    dict(id=93085, name="Smoking status at time of delivery",
         kind="proportion", polarity="low", sex="Female", age="All ages", denominator="Births",
         periods=financial_years(2016, 2023), years=1,
         values=[
             [10.7, 10.8, 10.6, 10.4, 9.6, 9.1, 8.8, 7.4],
             [12.6, 12.5, 12.1, 11.8, 11.0, 10.6, 10.1, 9.2],
             [15.8, 15.6, 15.1, 14.7, 13.8, 13.2, 12.6, 11.5],
             [13.4, 13.3, 12.9, 12.6, 11.7, 11.3, 10.8, 9.8],
             [10.1, 10.0, 9.7, 9.4, 8.8, 8.5, 8.1, 7.4],
             [11.9, 11.8, 11.4, 11.2, 10.4, 10.0, 9.6, 8.7],
             [10.4, 10.3, 10.0, 9.7, 9.1, 8.7, 8.3, 7.6],
         ]),
    dict(id=90323, name="Year 6 prevalence of obesity (including severe obesity)",
         kind="proportion", polarity="low", sex="Persons", age="10-11 yrs",
         periods=financial_years(2016, 2023), years=1,
         values=[
             [20.0, 20.1, 20.2, 21.0, 25.5, 23.4, 22.7, 22.1],
             [17.9, 18.0, 18.3, 18.9, 22.8, 21.2, 20.4, 19.8],
             [20.3, 20.5, 20.8, 21.5, 25.9, 24.1, 23.2, 22.6],
             [19.1, 19.3, 19.5, 20.1, 24.3, 22.6, 21.8, 21.2],
             [16.2, 16.3, 16.6, 17.1, 20.7, 19.2, 18.5, 17.9],
             [17.0, 17.1, 17.4, 18.0, 21.7, 20.2, 19.4, 18.9],
             [15.4, 15.5, 15.8, 16.3, 19.6, 18.3, 17.6, 17.1],
         ]),
    dict(id=90244, name="Successful completion of drug treatment - opiate users",
         kind="proportion", polarity="high", sex="Persons", age="18+ yrs", in_treatment=True,
         periods=calendar_years(2016, 2023), years=1,
         values=[
             [6.7, 6.5, 5.8, 5.6, 5.0, 5.0, 5.1, 5.2],
             [5.9, 5.6, 5.0, 4.7, 4.2, 4.1, 4.0, 3.9],
             [5.5, 5.2, 4.6, 4.3, 3.8, 3.7, 3.6, 3.5],
             [5.2, 4.9, 4.3, 4.0, 3.5, 3.3, 3.1, 2.9],
             [6.9, 6.6, 6.0, 5.7, 5.2, 5.2, 5.2, 5.2],
             [6.4, 6.1, 5.5, 5.2, 4.7, 4.7, 4.7, 4.7],
             [7.2, 6.9, 6.3, 6.0, 5.5, 5.5, 5.5, 5.6],
         ]),
    dict(id=92904, name="Admission episodes for alcohol-specific conditions - Under 18s",
         kind="rate", per=100_000, polarity="low", sex="Persons", age="<18 yrs",
         periods=three_financial_years(2016, 2022), years=3,
         values=[
             [34.2, 32.9, 31.6, 30.7, 29.3, 26.5, 22.6],
             [41.5, 40.6, 39.9, 39.5, 38.8, 36.4, 33.1],
             [44.0, 43.2, 42.6, 42.3, 41.7, 39.3, 35.9],
             [50.2, 49.3, 48.6, 48.3, 47.6, 44.9, 41.0],
             [36.1, 35.3, 34.7, 34.4, 33.8, 31.7, 28.9],
             [38.0, 37.2, 36.6, 36.3, 35.7, 33.6, 30.6],
             [33.4, 32.7, 32.1, 31.8, 31.2, 29.3, 26.7],
         ]),
]

HEADER = ("Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,"
          "Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,"
          "Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,"
          "Value note,Recent Trend,Compared to England value or percentiles,"
          "Compared to Counties & UAs (from Apr 2023) value or percentiles,"
          "Time period Sortable,New data,Compared to goal")


def byar(count, z):
    lower = 0.0 if count == 0 else count * (1 - 1 / (9 * count) - z / (3 * math.sqrt(count))) ** 3
    upper = (count + 1) * (1 - 1 / (9 * (count + 1)) + z / (3 * math.sqrt(count + 1))) ** 3
    return lower, upper


def wilson(count, n, z):
    p = count / n
    centre = (2 * count + z * z) / (2 * (n + z * z))
    spread = z * math.sqrt(z * z + 4 * count * (1 - p)) / (2 * (n + z * z))
    return centre - spread, centre + spread


def trend(points):
    """The chi-squared test for linear trend over the latest five (count, n)."""
    last = points[-5:]
    total = sum(n for _, n in last)
    events = sum(o for o, _ in last)
    t_bar = sum(n * t for t, (_, n) in enumerate(last, 1)) / total
    a = sum(o * (t - t_bar) for t, (o, _) in enumerate(last, 1))
    s = sum(n * (t - t_bar) ** 2 for t, (_, n) in enumerate(last, 1))
    p = events / total
    chi = a * a / (p * (1 - p) * s)
    if chi <= 9.5495:
        return "No significant change"
    return "Increasing" if a > 0 else "Decreasing"


def trend_words(direction, polarity):
    if direction == "No significant change" or polarity == "none":
        return direction
    worse = (direction == "Increasing") == (polarity == "low")
    return f"{direction} and getting {'worse' if worse else 'better'}"


def compared(lower, upper, england, polarity):
    if upper < england:
        side = "Lower"
    elif lower > england:
        side = "Higher"
    else:
        return "Similar"
    if polarity == "none":
        return side
    return "Better" if (side == "Lower") == (polarity == "low") else "Worse"


def number(x, places):
    text = f"{x:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def quoted(text):
    return f'"{text}"' if "," in text or '"' in text else text


# Population by locality and age band: the 2024 estimate, and projections
# whose older bands grow faster (as the national projections do).
BANDS = ["0-17", "18-64", "65-74", "75-84", "85+"]
BAND_SHARES = {  # each locality's 2024 people in each band, in thousandths
    "Saltmere Coast": [180, 530, 150, 100, 40],
    "Larkhampton": [230, 600, 90, 60, 20],
    "Brackenford": [210, 590, 110, 65, 25],
    "Oakwold Downs": [190, 560, 135, 85, 30],
    "Fernley Vale": [185, 555, 140, 88, 32],
}
GROWTH_A_YEAR = [0.001, 0.002, 0.012, 0.024, 0.031]  # by band


def population_rows():
    rows = ["Area,Year,Age band,Sex,People,Projected"]
    localities = [(name, people) for (_, name, _), people in zip(DISTRICTS, PEOPLE[2:])]
    for year in (2024, 2027, 2030, 2035):
        county = [0] * len(BANDS)
        lines = []
        for name, people in localities:
            for b, band in enumerate(BANDS):
                count = round(people * BAND_SHARES[name][b] / 1000 *
                              (1 + GROWTH_A_YEAR[b]) ** (year - 2024))
                county[b] += count
                lines.append(f"{name},{year},{band},Persons,{count},{'No' if year == 2024 else 'Yes'}")
        for b, band in enumerate(BANDS):
            rows.append(f"Westshire,{year},{band},Persons,{county[b]},{'No' if year == 2024 else 'Yes'}")
        rows.extend(lines)
    return rows


def main():
    folder = os.path.join(os.path.dirname(__file__), "..", "resources", "example")
    with open(os.path.join(folder, "westshire-population.csv"), "w", newline="") as f:
        f.write("\r\n".join(population_rows()) + "\r\n")
    rows = [HEADER]
    areas = [ENGLAND, COUNTY] + DISTRICTS
    for indicator in INDICATORS:
        periods = indicator["periods"]
        series = {}
        for a, (code, name, kind) in enumerate(areas):
            denominator_group = indicator.get("denominator", indicator["age"])
            people = PEOPLE[a] * AGE_SHARE[denominator_group][a] * indicator["years"]
            points = []
            for p, value in enumerate(indicator["values"][a]):
                if indicator["kind"] == "rate":
                    n = round(people * (1 + 0.004 * p))
                    count = round(value * n / indicator["per"])
                    scale = indicator["per"] / n
                    v = count * scale if a > 0 else value
                    l95, u95 = (c * scale for c in byar(count, Z95))
                    l998, u998 = (c * scale for c in byar(count, Z998))
                else:
                    n = round(people * (1 + 0.004 * p))
                    if indicator.get("in_treatment"):
                        n = round(n * 0.0052) if a > 0 else round(n * 0.0029)
                    count = round(value / 100 * n)
                    v = 100 * count / n
                    l95, u95 = (100 * x for x in wilson(count, n, Z95))
                    l998, u998 = (100 * x for x in wilson(count, n, Z998))
                points.append(dict(value=v, l95=l95, u95=u95, l998=l998, u998=u998,
                                   count=count, n=n))
            series[code] = points
        england = series[ENGLAND[0]]
        for code, name, kind in areas:
            parent = ("", "") if code == ENGLAND[0] else \
                (ENGLAND[0], ENGLAND[1]) if code == COUNTY[0] else (COUNTY[0], COUNTY[1])
            points = series[code]
            for p, (period, start) in enumerate(periods):
                point = points[p]
                latest = p == len(periods) - 1
                words = "" if code == ENGLAND[0] else compared(
                    point["l95"], point["u95"], england[p]["value"], indicator["polarity"])
                parent_words = ""
                if code in (d[0] for d in DISTRICTS):
                    county = series[COUNTY[0]][p]["value"]
                    parent_words = compared(point["l95"], point["u95"], county,
                                            indicator["polarity"])
                recent = ""
                if latest:
                    recent = trend_words(trend([(x["count"], x["n"]) for x in points]),
                                         indicator["polarity"])
                fields = [
                    str(indicator["id"]), quoted(indicator["name"]), parent[0], parent[1], code,
                    name, quoted(kind), indicator["sex"], indicator["age"], "", "", period,
                    number(point["value"], 6), number(point["l95"], 6), number(point["u95"], 6),
                    number(point["l998"], 6), number(point["u998"], 6), str(point["count"]),
                    str(point["n"]), "", recent, words if words else "Not compared",
                    parent_words if parent_words else "Not compared", f"{start}0000",
                    "New data" if latest else "", "",
                ]
                rows.append(",".join(fields))
    with open(os.path.join(folder, "westshire-indicators.csv"), "w", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")


if __name__ == "__main__":
    main()
