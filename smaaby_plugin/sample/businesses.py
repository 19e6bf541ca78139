"""Business establishments: the town centre's shops and services, public services,
the harbour industry, village centres, farms and small firms, with employees that
add up to the jobs of each kommune."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from smaaby_plugin.sample._geometry import (
    _allocate,
    _clusters,
    _sample_points,
    _which_kommune,
    contains_xy,
)
from smaaby_plugin.sample.design import _MOEN, _POP2015, _SETTLEMENTS, TORGET, _xy
from smaaby_plugin.sample.schema import KOMMUNER

# NACE (SN2007) codes with a word for business names and a size range (employees).
_CENTRE_ANCHORS = (
    ("84.110", "Eksempelby kommune, rådhuset", 240),
    ("47.111", "Torget Matsenter", 34),
    ("86.211", "Torget legesenter", 16),
    ("91.011", "Eksempelby bibliotek", 9),
    ("90.040", "Kulturhuset Fjordsalen", 14),
    ("47.730", "Apotek Torget", 8),
    ("64.190", "Fjordbanken", 21),
    ("84.240", "Eksempelby politistasjon", 18),
    ("53.100", "Posten Eksempelby", 6),
    ("55.101", "Hotell Fjordgløtt", 28),
    ("47.250", "Vinmonopolet Eksempelby", 5),
    ("86.230", "Tannlegene i Storgata", 9),
    ("84.300", "NAV Eksempelby", 24),
    ("93.130", "Fjord Trening", 7),
)
_CENTRE_POOL = (
    ("47.710", "Klær", 2, 7),
    ("47.721", "Sko", 2, 5),
    ("47.410", "Data", 2, 5),
    ("47.430", "Elektro", 2, 6),
    ("47.521", "Jernvare", 3, 8),
    ("47.610", "Bok", 2, 5),
    ("47.640", "Sport", 3, 8),
    ("47.650", "Leker", 1, 4),
    ("47.750", "Parfymeri", 2, 5),
    ("47.761", "Blomster", 1, 4),
    ("47.771", "Gull og ur", 1, 3),
    ("47.782", "Optikk", 2, 5),
    ("47.240", "Bakeri", 3, 9),
    ("47.190", "Interiør", 2, 5),
    ("56.101", "Kafé", 3, 10),
    ("56.101", "Restaurant", 4, 14),
    ("56.102", "Grill", 2, 6),
    ("56.301", "Pub", 2, 6),
    ("66.220", "Forsikring", 2, 6),
    ("68.310", "Eiendomsmegling", 2, 6),
    ("69.100", "Advokatfirma", 2, 8),
    ("69.201", "Regnskap", 2, 9),
    ("71.112", "Arkitekter", 2, 7),
    ("79.110", "Reisebyrå", 1, 3),
    ("86.902", "Fysioterapi", 2, 6),
    ("96.021", "Frisør", 1, 5),
    ("96.022", "Hudpleie", 1, 3),
    ("96.040", "Velvære", 1, 3),
    ("95.230", "Skomaker", 1, 2),
)
# Firms placed at ordinary buildings that fill the remaining jobs of each kommune:
# code, name word, size range, weight (share of such firms). No retail among them, so
# they never form a centre core on their own.
_FLEX_POOL = (
    ("41.200", "Bygg", 2, 25, 0.06),
    ("43.210", "Elektro", 2, 20, 0.03),
    ("43.221", "Rør", 2, 12, 0.02),
    ("43.320", "Snekkeri", 1, 8, 0.02),
    ("43.341", "Maler", 1, 6, 0.01),
    ("43.120", "Graving", 2, 15, 0.02),
    ("49.320", "Taxi", 1, 3, 0.02),
    ("49.410", "Transport", 2, 12, 0.03),
    ("62.010", "IT", 1, 5, 0.03),
    ("70.220", "Rådgivning", 1, 3, 0.03),
    ("71.129", "Ingeniør", 1, 8, 0.03),
    ("74.100", "Design", 1, 2, 0.01),
    ("81.210", "Renhold", 3, 25, 0.03),
    ("86.909", "Helse", 1, 2, 0.04),
    ("88.101", "Omsorg", 5, 40, 0.06),
    ("88.911", "Barnehage", 8, 20, 0.05),
    ("85.599", "Kurs", 1, 5, 0.02),
    ("96.090", "Service", 1, 2, 0.02),
    ("77.110", "Bilutleie", 1, 3, 0.01),
    ("45.201", "Bilverksted", 2, 8, 0.03),
    ("95.110", "Dataservice", 1, 2, 0.01),
    ("80.100", "Vakt", 2, 10, 0.01),
    ("46.900", "Engros", 2, 15, 0.04),
    ("16.230", "Trevare", 2, 40, 0.03),
    ("25.110", "Stål", 2, 30, 0.02),
    ("33.120", "Maskinservice", 1, 10, 0.02),
    ("68.209", "Eiendom", 1, 2, 0.02),
    ("56.101", "Kafé", 2, 8, 0.01),
    ("84.120", "Helse- og omsorgstjeneste", 10, 60, 0.01),
    ("45.320", "Bildeler", 1, 6, 0.02),
    ("46.690", "Maskinhandel", 2, 12, 0.02),
)
_FARM_POOL = (
    ("01.110", "Korn", 1, 2),
    ("01.410", "Melk", 1, 3),
    ("01.450", "Sau", 1, 2),
    ("01.500", "Gardsbruk", 1, 3),
    ("01.130", "Grønt", 1, 4),
    ("02.200", "Skog", 1, 3),
)
_TOWN_INSTITUTIONS = (
    ("85.310", "Eksempelby vidaregåande skule", 95, "VGS"),
    ("86.101", "Eksempelby distriktsmedisinske senter", 160, "DMS"),
    ("93.110", "Eksempelby idrettspark", 6, "IDRETT"),
    ("85.201", "Sentrum skole", 44, None),
    ("85.201", "Nordbyen skole", 38, None),
    ("85.201", "Sørsida skole", 31, None),
    ("85.201", "Eksempelby ungdomsskole", 48, None),
    ("87.102", "Fjordtun sykehjem", 105, None),
    ("87.102", "Solheim omsorgssenter", 70, None),
    ("88.911", "Fjordglimt barnehage", 18, None),
    ("88.911", "Tusenfryd barnehage", 14, None),
    ("88.911", "Solsikken barnehage", 16, None),
    ("88.911", "Bakketoppen barnehage", 12, None),
    ("88.911", "Sjøstjerna barnehage", 15, None),
    ("88.911", "Lykkeliten barnehage", 11, None),
    ("47.111", "Nordbyen Nærmat", 16, None),
    ("47.111", "Sørsida Matkroken", 13, None),
    ("47.111", "Bakken Handel", 11, None),
    ("94.910", "Eksempelby kirkelige fellesråd", 9, None),
    ("45.112", "Fjord Bil", 18, None),
    ("45.201", "Eksempelby Bilservice", 9, None),
)
_HAVNA = (
    ("10.200", "Fjordfisk", 110),
    ("33.150", "Eksempelby Båtservice", 22),
    ("52.220", "Eksempelby Havn", 10),
    ("46.380", "Sjømat Engros", 18),
    ("16.100", "Fjordsag", 65),
    ("25.620", "Eksempelby Mek", 40),
    ("28.290", "Fjordmaskin", 85),
    ("23.630", "Eksempelby Betong", 25),
    ("38.110", "Fjord Renovasjon", 16),
    ("46.730", "Byggmakker Eksempelby", 20),
    ("52.100", "Fjordlager", 12),
    ("35.130", "Fjordnett", 14),
    ("49.410", "Havnetransport", 22),
)
_RETAIL_PARK = (
    ("47.111", "Fjordparken Stormarked", 32),
    ("47.591", "Fjordparken Møbler", 9),
    ("47.521", "Fjordparken Byggvare", 14),
    ("47.430", "Fjordparken Elektro", 8),
    ("47.710", "Fjordparken Klær", 6),
    ("56.101", "Fjordparken Kafé", 4),
)
_VILLAGE_CENTRE = (
    ("47.111", "Haugen Landhandel", 9),
    ("56.101", "Haugen Kafé", 3),
    ("96.021", "Haugen Frisør", 2),
)
_SURNAMES = (
    "Hansen",
    "Olsen",
    "Berg",
    "Dahl",
    "Lie",
    "Moen",
    "Haugen",
    "Bakken",
    "Strand",
    "Nilsen",
    "Eide",
    "Solberg",
    "Lund",
    "Vik",
    "Holm",
    "Aas",
    "Brekke",
    "Sandvik",
    "Myhre",
    "Rønning",
    "Fjeld",
    "Nygård",
    "Engen",
    "Tangen",
    "Hagen",
    "Sæther",
)


def _orgnr(rng: np.random.Generator, n: int) -> np.ndarray:
    """Distinct 9-digit organisation numbers with a valid modulus-11 check digit."""
    base = 92_000_000 + rng.choice(7_000_000, size=3 * n, replace=False)
    digits = (base[:, None] // 10 ** np.arange(7, -1, -1)) % 10
    rest = (digits * np.array([3, 2, 7, 6, 5, 4, 3, 2])).sum(1) % 11
    check = (11 - rest) % 11
    ok = check != 10
    full = base[ok] * 10 + check[ok]
    return np.array([str(v) for v in full[:n]], dtype=object)


def _spread(
    rng: np.random.Generator,
    candidates: np.ndarray,
    n: int,
    min_dist: float,
    avoid: np.ndarray | None = None,
) -> np.ndarray:
    """Indices of ``n`` candidates (in random order) at least ``min_dist`` apart and from
    the ``avoid`` points."""
    chosen = []
    taken = np.empty((0, 2)) if avoid is None else np.asarray(avoid, dtype=float)
    for i in rng.permutation(len(candidates)):
        p = candidates[i]
        if len(taken) and np.min(np.hypot(*(taken - p).T)) < min_dist:
            continue
        chosen.append(i)
        taken = np.vstack([taken, p])
        if len(chosen) == n:
            break
    if len(chosen) < n:
        raise RuntimeError("not enough room to spread the businesses")
    return np.array(chosen)


def _businesses(
    rng: np.random.Generator,
    homes: dict,
    roads: pd.DataFrame,
    zones: dict[str, shapely.Geometry],
    sites: tuple,
    kommuner: dict[str, shapely.Geometry],
    jobs: dict[str, int],
    shore: shapely.Geometry,
    main: dict[str, shapely.LineString],
) -> pd.DataFrame:
    """Business establishments whose employees add up to the jobs in each kommune."""
    buildable, off_road = sites
    shapely.prepare(buildable)
    xs, ys, codes, names, emp, kind = [], [], [], [], [], []

    def put(xy, items, what="site"):
        xy = np.atleast_2d(xy)
        for (x, y), (code, name, size) in zip(xy, items):
            xs.append(x)
            ys.append(y)
            codes.append(code)
            names.append(name)
            emp.append(size)
            kind.append(what)

    def sample_in(area, n, min_dist, avoid=None, candidates=400):
        x0, y0, x1, y1 = shapely.bounds(area)
        region = shapely.intersection(area, buildable)
        pts = _sample_points(
            rng,
            region,
            np.full(candidates, x0),
            np.full(candidates, y0),
            np.full(candidates, x1 - x0),
            np.full(candidates, y1 - y0),
            accept=off_road,
        )
        return pts[_spread(rng, pts, n, min_dist, avoid)]

    # 1. The town centre: shops and services along the central streets, one every
    # 30 m on alternating sides, the anchors (town hall, library, ...) nearest Torget.
    geom = roads["geometry"].to_numpy()
    mid = shapely.get_coordinates(shapely.line_interpolate_point(geom, 0.5, normalized=True))
    sel = (np.hypot(mid[:, 0] - TORGET[0], mid[:, 1] - TORGET[1]) < 230.0) & np.isin(
        roads["road_class"].to_numpy(), ["K", "R"]
    )
    lines = geom[sel]
    length = shapely.length(lines)
    n_pos = np.maximum(1, length // 30.0).astype(np.int64)
    which = np.repeat(np.arange(len(lines)), n_pos)
    k = np.arange(len(which)) - np.repeat(np.cumsum(n_pos) - n_pos, n_pos)
    t = (k + 0.5) * length[which] / n_pos[which]
    p = shapely.get_coordinates(shapely.line_interpolate_point(lines[which], t))
    q = shapely.get_coordinates(shapely.line_interpolate_point(lines[which], t + 1.0))
    tangent = (q - p) / np.maximum(np.hypot(*(q - p).T), 1e-9)[:, None]
    side = np.where(np.arange(len(which)) % 2 == 0, 1.0, -1.0)
    pos = p + side[:, None] * 12.0 * np.column_stack([-tangent[:, 1], tangent[:, 0]])
    centre_area = shapely.difference(buildable, zones["PARK"])
    shapely.prepare(centre_area)
    ok = contains_xy(centre_area, pos[:, 0], pos[:, 1])
    ok[ok] = off_road(pos[ok, 0], pos[ok, 1], 8.0)
    pos = pos[ok]
    # one chain: keep the positions linked to the largest group at <= 45 m
    label = _clusters(pos, 45.0)
    pos = pos[label == np.argmax(np.bincount(label))]
    pos = pos[np.argsort(np.hypot(pos[:, 0] - TORGET[0], pos[:, 1] - TORGET[1]), kind="stable")]
    pool = [
        _CENTRE_POOL[i] for i in rng.integers(0, len(_CENTRE_POOL), len(pos) - len(_CENTRE_ANCHORS))
    ]
    prefixes = ("Torget", "Sentrum", "Fjord", "Storgata", "Brygga", *_SURNAMES)
    items = list(_CENTRE_ANCHORS) + [
        (c, f"{prefixes[rng.integers(len(prefixes))]} {w}", int(rng.integers(lo, hi + 1)))
        for c, w, lo, hi in pool
    ]
    put(pos, items)
    centre_pos = pos

    # 2. Public services and local shops in the town, well apart from each other and
    # from the centre (so that they do not chain into centre cores).
    town = shapely.difference(
        shapely.Point(TORGET).buffer(1700.0), shapely.Point(TORGET).buffer(500.0)
    )
    zoned = [t for t in _TOWN_INSTITUTIONS if t[3]]
    free = [t for t in _TOWN_INSTITUTIONS if not t[3]]
    zpos = np.vstack([sample_in(zones[t[3]], 1, 0.0) for t in zoned])
    put(zpos, [t[:3] for t in zoned])
    fpos = sample_in(town, len(free), 170.0, np.vstack([centre_pos, zpos]), 3000)
    put(fpos, [t[:3] for t in free])

    # 3. The harbour industry, a retail park and two filling stations on the E99.
    put(sample_in(zones["HAVNA"], len(_HAVNA), 35.0), _HAVNA)
    e99 = main["E99"]
    s0 = shapely.line_locate_point(e99, shapely.Point(TORGET[0] + 1750.0, TORGET[1] + 1150.0))
    s = s0 + 30.0 * np.arange(len(_RETAIL_PARK))
    p = shapely.get_coordinates(shapely.line_interpolate_point(e99, s))
    q = shapely.get_coordinates(shapely.line_interpolate_point(e99, s + 1.0))
    nrm = np.column_stack([-(q - p)[:, 1], (q - p)[:, 0]])
    put(p + 32.0 * nrm / np.hypot(*nrm.T)[:, None], _RETAIL_PARK)
    for target, name in (
        ((-2300.0, -750.0), "Fjord Energi Vest"),
        ((1300.0, 1000.0), "Fjord Energi Øst"),
    ):
        s = shapely.line_locate_point(e99, shapely.Point(*_xy(target)))
        p = shapely.get_coordinates(shapely.line_interpolate_point(e99, [s, s + 1.0]))
        nrm = np.array([(p[1] - p[0])[1], -(p[1] - p[0])[0]])
        put(p[0] + 22.0 * nrm / np.hypot(*nrm), [("47.300", name, 6)])

    # 4. Haugen's small village centre (shop, café, hairdresser: it is no centre core)
    # and the public services of Haugen and of the neighbours' kommune centres.
    hx, hy = _xy(_SETTLEMENTS[1][3])
    box = shapely.box(hx - 60.0, hy - 60.0, hx + 60.0, hy + 60.0)
    p0 = sample_in(box, 1, 0.0, candidates=50)[0]
    haugen = p0 + np.array([[0.0, 0.0], [24.0, 9.0], [-7.0, 26.0]])
    put(haugen, _VILLAGE_CENTRE)
    villages = [(s[0], s[2], _xy(s[3]), sum(_POP2015[s[2]].values())) for s in _SETTLEMENTS[2:]] + [
        ("Moen", "9906", _xy(_MOEN), 1350)
    ]
    hpos = sample_in(shapely.Point(hx, hy).buffer(700.0), 2, 150.0, haugen)
    put(hpos, [("85.201", "Haugen skole", 28), ("88.911", "Haugen barnehage", 10)])
    for name, knr, (vx, vy), kpop in villages:
        items = [
            ("84.110", f"{KOMMUNER[knr]} kommune", round(kpop / 45)),
            ("85.201", f"{name} skole", round(kpop / 110)),
            ("87.102", f"{name} sjukeheim", round(kpop / 60)),
            ("88.911", f"{name} barnehage", 12),
            ("86.211", f"{name} legekontor", 5),
            ("47.111", f"{name} Handel", int(rng.integers(8, 15))),
            ("56.101", f"{name} Kafé", 3),
            ("94.910", f"{name} sokn", 3),
        ]
        if kpop > 3000:
            items += [
                ("47.111", f"{name} Matsenter", int(rng.integers(10, 18))),
                ("88.911", f"{name}tunet barnehage", 11),
                ("47.730", f"Apotek {name}", 4),
            ]
        put(sample_in(shapely.Point(vx, vy).buffer(900.0), len(items), 130.0), items)

    # 5. Fish farms on the shore and a gravel pit.
    for target, name, size in (
        ((-5600.0, -3200.0), "Fjordlaks", 12),
        ((-12500.0, -11800.0), "Vika Sjømat", 9),
    ):
        cx, cy = _xy(target)
        area = shapely.intersection(
            shapely.buffer(shore, 40.0), shapely.box(cx - 900, cy - 900, cx + 900, cy + 900)
        )
        put(sample_in(area, 1, 0.0), [("03.211", f"{name} AS", size)])
    gx, gy = _xy((-3500.0, 9500.0))
    put(
        sample_in(shapely.box(gx - 500, gy - 500, gx + 500, gy + 500), 1, 0.0),
        [("08.120", "Lia Grus AS", 6)],
    )

    site_xy = np.column_stack([xs, ys])
    site_knr = _which_kommune(kommuner, site_xy)
    fixed_jobs = {k: int(np.sum(np.array(emp)[site_knr == k])) for k in KOMMUNER}

    # 6. Farms at rural homes, and firms at other buildings that fill the jobs.
    hxy, hknr = homes["xy"], homes["knr"]
    near_site = cKDTree(site_xy).query(hxy, k=1)[0] < 150.0
    rural_home = (
        (homes["residents"] > 0)
        & (homes["cell_pop2015"] <= 15)
        & (np.hypot(hxy[:, 0] - TORGET[0], hxy[:, 1] - TORGET[1]) > 3000.0)
        & (homes["year"] <= 2015)
    )
    flex_idx, flex_w = [], []
    flex_p = np.array([t[4] for t in _FLEX_POOL])
    flex_p /= flex_p.sum()
    flex_mean = float(np.sum(flex_p * [(t[2] + t[3]) / 2 for t in _FLEX_POOL]))
    for knr in sorted(KOMMUNER):
        cand = np.flatnonzero(rural_home & (hknr == knr))
        n_farms = round(sum(v for c, v in _POP2015[knr].items() if c == "rural") / 55)
        farms = rng.choice(cand, size=n_farms, replace=False)
        for i in farms:
            code, word, lo, hi = _FARM_POOL[rng.integers(len(_FARM_POOL))]
            surname = _SURNAMES[rng.integers(len(_SURNAMES))]
            put(hxy[i], [(code, f"{surname} {word}", int(rng.integers(lo, hi + 1)))], "farm")
            fixed_jobs[knr] += emp[-1]
        used = np.zeros(len(hxy), bool)
        used[farms] = True
        cand = np.flatnonzero((homes["residents"] > 0) & (hknr == knr) & ~near_site & ~used)
        n_flex = max(1, round((jobs[knr] - fixed_jobs[knr]) / flex_mean))
        for i in rng.choice(cand, size=n_flex, replace=False):
            code, word, lo, hi, _ = _FLEX_POOL[rng.choice(len(_FLEX_POOL), p=flex_p)]
            surname = _SURNAMES[rng.integers(len(_SURNAMES))]
            flex_idx.append(len(xs))
            flex_w.append(rng.uniform(lo, hi))
            put(hxy[i], [(code, f"{surname} {word}", 0)], "home")
    # Employees of the home firms: the rest of each kommune's jobs, at least 1 each.
    flex_idx = np.array(flex_idx)
    all_xy = np.column_stack([xs, ys])
    knr_all = _which_kommune(kommuner, all_xy)
    knrs = sorted(KOMMUNER)
    group = np.searchsorted(knrs, knr_all[flex_idx])
    rest = np.array([jobs[k] - fixed_jobs[k] for k in knrs])
    if np.any(rest < np.bincount(group, minlength=len(knrs))):
        raise RuntimeError("fixed establishments exceed the jobs of a kommune")
    employees = np.array(emp, dtype=np.int64)
    employees[flex_idx] = _allocate(rest, group, np.array(flex_w), minimum_one=True)
    name_arr = np.array(names, dtype=object)
    is_home = np.array(kind) == "home"
    name_arr[is_home] = name_arr[is_home] + " AS"
    return pd.DataFrame(
        {
            "orgnr": _orgnr(rng, len(xs)),
            "name": name_arr.astype(object),
            "nace": np.array(codes, dtype=object),
            "employees": employees,
            "kommunenummer": knr_all,
            "kind": np.array(kind, dtype=object),
            "geometry": shapely.points(all_xy),
        }
    )
