"""Eksempelby, the synthetic sample town: its contract and the properties it promises.

Every check is computed here independently of the generator: areas and overlays with
shapely, clusters and network components with scipy, SSB cell ids decoded from the
building coordinates, the centre-zone rule and the code lists written out from their
sources (DOMAIN.md §1.3, §3.2; KDD's code list where ../shared/data is present).
"""

from __future__ import annotations

import math

import fiona
import numpy as np
import pandas as pd
import pytest
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from smaaby_plugin.sample import eksempelby

# The contract of docs/eksempelby.md: layer -> (geometry type, {field: python type}).
CONTRACT = {
    "kommuner": ("Polygon", {"kommunenummer": str, "kommunenavn": str}),
    "roads": (
        "LineString",
        {"road_id": int, "road_class": str, "speed_kmh": int, "oneway": str, "name": str},
    ),
    "population": (
        "Polygon",
        {"ssbid_250m": str, "pop2015": int, "pop2022": int, "kommunenummer": str},
    ),
    "buildings": ("Point", {"building_id": int, "building_type": str, "residents": int}),
    "businesses": ("Point", {"orgnr": str, "name": str, "nace": str, "employees": int}),
    "centres": ("Point", {"centre_id": str, "name": str, "level": str, "attractiveness": float}),
    "tettsteder": ("Polygon", {"tettnr": str, "name": str}),
    "landcover_2015": ("Polygon", {"arealtype": int}),
    "landcover": ("Polygon", {"arealtype": int}),
    "built_2015": ("Polygon", {"year": int}),
    "built_2022": ("Polygon", {"year": int}),
    "plan_current": ("Polygon", {"arealformal": int, "plan_id": str}),
    "plan_proposed": ("Polygon", {"arealformal": int, "plan_id": str}),
    "commuting": (None, {"home_knr": str, "work_knr": str, "employed": int}),
    "shoreline": ("LineString", {"kind": str}),
}
FIONA_TYPE = {str: "str", int: "int", float: "float"}

# AR5 arealtype (Geonorge AR5 5.0 code list, DOMAIN.md §1.3).
AR5 = {11, 12, 21, 22, 23, 30, 50, 60, 70, 81, 82, 99}
# SOSI kommuneplan arealformål valid under SOSI 4.5 (DOMAIN.md §1.3, pbl § 11-7).
SOSI = {
    1001,
    1110,
    1120,
    1130,
    1140,
    1150,
    1160,
    1170,
    1200,
    1300,
    1400,
    1500,
    1600,
    1700,
    1800,
    2001,
    2010,
    2020,
    2030,
    2040,
    2044,
    2050,
    2060,
    2070,
    2080,
    2100,
    2800,
    3002,
    3020,
    3030,
    3040,
    3050,
    3100,
    3800,
    4001,
    4010,
    4020,
    4030,
    4800,
    5100,
    5200,
    5210,
    5220,
    5230,
    6001,
    6100,
    6110,
    6120,
    6130,
    6200,
    6220,
    6230,
    6300,
    6400,
    6500,
    6600,
    6700,
    6800,
}
DEVELOPMENT = {c for c in SOSI if c // 1000 == 1}  # hovedformål 1, bebyggelse og anlegg
TORGET = (300000.0, 6700000.0)
REL = 1e-6


@pytest.fixture(scope="module")
def layers():
    return eksempelby.generate()


@pytest.fixture(scope="module")
def gpkg(layers, tmp_path_factory):
    path = tmp_path_factory.mktemp("eksempelby") / "eksempelby.gpkg"
    eksempelby.write_gpkg(str(path), layers=layers)
    return path


def geoms(frame: pd.DataFrame) -> np.ndarray:
    return frame["geometry"].to_numpy()


def kommune(layers, knr="9901"):
    k = layers["kommuner"]
    return geoms(k)[k["kommunenummer"].to_numpy() == knr][0]


def xy_of(frame):
    return shapely.get_coordinates(geoms(frame))


def components(pairs: np.ndarray, n: int) -> np.ndarray:
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    return connected_components(graph, directed=False)[1]


# --------------------------------------------------------------------------------------
# Determinism and the file contract


def test_same_seed_gives_identical_layers(layers):
    again = eksempelby.generate(eksempelby.DEFAULT_SEED)
    assert list(again) == list(layers)
    for name, frame in layers.items():
        other = again[name]
        attrs = [c for c in frame.columns if c != "geometry"]
        pd.testing.assert_frame_equal(frame[attrs], other[attrs], check_exact=True)
        if "geometry" in frame:
            assert (shapely.to_wkb(geoms(frame)) == shapely.to_wkb(geoms(other))).all(), name


def test_geopackage_has_every_layer_and_field_of_the_contract(gpkg):
    assert set(CONTRACT) <= set(fiona.listlayers(str(gpkg)))
    for name, (geom_type, fields) in CONTRACT.items():
        with fiona.open(str(gpkg), layer=name) as src:
            schema = src.schema
            assert schema["geometry"] == (geom_type or "None"), name
            for field, kind in fields.items():
                assert schema["properties"].get(field, "").split(":")[0] == FIONA_TYPE[kind], (
                    name,
                    field,
                )
            if geom_type:
                assert src.crs.to_epsg() == 25833, name
            features = list(src)
        assert features, f"{name} is empty"
        for f in features:
            for field, kind in fields.items():
                value = f["properties"][field]
                if value is None:
                    assert (name, field) == ("roads", "speed_kmh"), (name, field)
                else:
                    assert isinstance(value, kind), (name, field, value)
            if geom_type:
                assert f.geometry is not None and f.geometry["type"] == geom_type


def test_geopackage_holds_what_generate_returns(gpkg, layers):
    for name in ("roads", "businesses", "landcover", "commuting"):
        with fiona.open(str(gpkg), layer=name) as src:
            features = list(src)
        frame = layers[name]
        assert len(features) == len(frame)
        for field in CONTRACT[name][1]:
            written = [f["properties"][field] for f in features]
            expected = frame[field].astype(object).where(frame[field].notna(), None).tolist()
            assert written == expected, (name, field)
        if CONTRACT[name][0]:
            back = np.array([shapely.geometry.shape(f.geometry) for f in features])
            assert shapely.equals_exact(back, geoms(frame), tolerance=0.0).all(), name


def test_command_line_writes_the_requested_seed(tmp_path, layers, monkeypatch):
    seen = []

    def fake_generate(seed=eksempelby.DEFAULT_SEED):
        seen.append(seed)
        return layers

    monkeypatch.setattr(eksempelby, "generate", fake_generate)
    out = tmp_path / "town.gpkg"
    assert eksempelby.main([str(out), "--seed", "7"]) == 0
    assert seen == [7]
    with fiona.open(str(out), layer="commuting") as src:
        assert len(src) == len(layers["commuting"])


def test_geometries_valid_and_not_empty(layers):
    for name, frame in layers.items():
        if "geometry" not in frame:
            continue
        g = geoms(frame)
        assert not shapely.is_empty(g).any(), name
        assert shapely.is_valid(g).all(), name
        assert (
            shapely.get_type_id(g) == {"Point": 0, "LineString": 1, "Polygon": 3}[CONTRACT[name][0]]
        ).all(), name


# --------------------------------------------------------------------------------------
# Partitions and codes


def test_kommuner_tile_the_region(layers):
    g = geoms(layers["kommuner"])
    assert sorted(layers["kommuner"]["kommunenummer"]) == [f"990{i}" for i in range(1, 7)]
    union = shapely.union_all(g)
    total = shapely.area(g).sum()
    assert math.isclose(total, union.area, rel_tol=REL)
    bounds = shapely.bounds(union)
    assert math.isclose(union.area, (bounds[2] - bounds[0]) * (bounds[3] - bounds[1]), rel_tol=REL)
    # 9901 is enclosed: it does not reach the region's edge
    assert shapely.contains(shapely.buffer(shapely.box(*bounds), -1000.0), kommune(layers))


@pytest.mark.parametrize(
    "name", ["landcover_2015", "landcover", "plan_current", "plan_proposed", "kommuner"]
)
def test_partitions_are_exact(layers, name):
    g = geoms(layers[name])
    # the kommuner tile the region's rectangle, the others kommune 9901
    k = shapely.box(*shapely.total_bounds(g)) if name == "kommuner" else kommune(layers)
    area = shapely.area(g)
    # every polygon inside the kommune ...
    assert np.allclose(shapely.area(shapely.intersection(g, k)), area, rtol=REL, atol=1e-6)
    # ... no two overlapping: polygons that meet only touch (their interiors are apart)
    tree = shapely.STRtree(g)
    a, b = tree.query(g, predicate="intersects")
    ta, tb = tree.query(g, predicate="touches")
    meet = set(zip(a[a < b].tolist(), b[a < b].tolist())) - set(zip(ta.tolist(), tb.tolist()))
    assert not meet
    # ... and their areas add up to the kommune's: so the union is the kommune, no gaps
    assert math.isclose(area.sum(), k.area, rel_tol=REL)


def test_codes_are_valid_ar5_and_sosi(layers):
    for name in ("landcover_2015", "landcover"):
        codes = set(layers[name]["arealtype"])
        assert codes <= AR5
        assert {11, 12, 21, 22, 23, 30, 50, 60, 81, 82} <= codes
    for name in ("plan_current", "plan_proposed"):
        assert set(layers[name]["arealformal"]) <= SOSI


def test_codes_are_in_kdd_code_list(layers, shared_data):
    text = (shared_data / "codes" / "kdd_arealregnskap_kodelister.txt").read_text("utf-8")
    section = {}
    current = None
    for line in text.splitlines():
        if line.startswith("=== "):
            current = line[4:].strip()
            continue
        head = line.split("|")[0].strip()
        if current and head.isdigit():
            section.setdefault(current, {})[int(head)] = line
    kp = {c: row for c, row in section["KPAREALFORMÅL"].items() if "utgått" not in row.lower()}
    ar5 = section["ARTYPE"]
    for name in ("plan_current", "plan_proposed"):
        assert set(layers[name]["arealformal"]) <= set(kp)
    for name in ("landcover_2015", "landcover"):
        assert set(layers[name]["arealtype"]) <= set(ar5)


def test_sea_and_lake_in_the_landcover_follow_the_shoreline(layers):
    lc = layers["landcover"]
    sea = shapely.union_all(geoms(lc)[lc["arealtype"].to_numpy() == 82])
    lake = shapely.union_all(geoms(lc)[lc["arealtype"].to_numpy() == 81])
    sl = layers["shoreline"]
    k = kommune(layers)
    for kind, water in (("sea", sea), ("lake", lake)):
        line = shapely.intersection(shapely.union_all(geoms(sl)[sl["kind"] == kind]), k)
        assert line.length > 0
        # every metre of the shoreline inside 9901 lies on the water's edge
        assert (
            shapely.difference(line, shapely.buffer(shapely.boundary(water), 0.01)).length
            < 1e-6 * line.length
        )


def test_more_built_land_in_2022_taken_from_farmland_and_forest(layers):
    old, new = layers["landcover_2015"], layers["landcover"]

    def urban(frame):
        return shapely.union_all(geoms(frame)[np.isin(frame["arealtype"], [11, 12])])

    u15, u22 = urban(old), urban(new)
    assert u22.area > u15.area * 1.01
    assert shapely.difference(u15, u22).area < REL * u15.area  # nothing un-built
    gained = shapely.difference(u22, u15)
    before = shapely.intersection(geoms(old), gained)
    by_code = pd.Series(shapely.area(before)).groupby(old["arealtype"].to_numpy()).sum()
    assert math.isclose(by_code.sum(), gained.area, rel_tol=1e-6)
    farm_forest = by_code.reindex([21, 22, 23, 30]).fillna(0.0)
    assert farm_forest.sum() >= 0.9 * gained.area
    assert by_code.get(21, 0.0) > 0 and by_code.get(30, 0.0) > 0
    for year in (2015, 2022):
        built = layers[f"built_{year}"]
        assert (built["year"] == year).all()
        u = u15 if year == 2015 else u22
        b = shapely.union_all(geoms(built))
        assert math.isclose(b.area, u.area, rel_tol=REL)
        assert math.isclose(shapely.intersection(b, u).area, u.area, rel_tol=REL)


def test_proposal_develops_farmland_forest_bog_and_shore_and_returns_two_areas(layers):
    cur, pro, lc = layers["plan_current"], layers["plan_proposed"], layers["landcover"]

    def dev(frame):
        return shapely.union_all(geoms(frame)[np.isin(frame["arealformal"], list(DEVELOPMENT))])

    new_dev = shapely.difference(dev(pro), dev(cur))
    pieces = shapely.intersection(geoms(lc), new_dev)
    by_code = pd.Series(shapely.area(pieces)).groupby(lc["arealtype"].to_numpy()).sum()
    for code in (21, 30, 60):  # farmland, forest, bog: at least 5 ha each
        assert by_code.get(code, 0.0) > 50_000.0, code
    sea = shapely.union_all(geoms(lc)[lc["arealtype"].to_numpy() == 82])
    shore_zone = shapely.buffer(shapely.boundary(sea), 100.0)
    assert shapely.intersection(new_dev, shore_zone).area > 10_000.0
    # development areas of the current plan given back: one to 3040, one to 5100
    given_back = shapely.difference(dev(cur), dev(pro))
    parts = shapely.get_parts(given_back)
    parts = parts[shapely.area(parts) > 10_000.0]
    codes_after = set()
    for part in parts:
        hit = shapely.intersection(geoms(pro), part)
        area = pd.Series(shapely.area(hit)).groupby(pro["arealformal"].to_numpy()).sum()
        codes_after.add(int(area.idxmax()))
    assert {3040, 5100} <= codes_after


# --------------------------------------------------------------------------------------
# Population and buildings


def test_cell_ids_encode_the_cells(layers):
    pop = layers["population"]
    ids = pop["ssbid_250m"].to_numpy().astype(str)
    assert (np.char.str_len(ids) == 14).all() and len(set(ids)) == len(ids)
    x_ll = np.array([int(i[:7]) for i in ids]) - 2_000_000
    y_ll = np.array([int(i[7:]) for i in ids])
    b = shapely.bounds(geoms(pop))
    assert (b[:, 0] == x_ll).all() and (b[:, 1] == y_ll).all()
    assert (b[:, 2] - b[:, 0] == 250).all() and (b[:, 3] - b[:, 1] == 250).all()
    assert (x_ll % 250 == 0).all() and (y_ll % 250 == 0).all()
    assert np.allclose(shapely.area(geoms(pop)), 62_500.0)


def test_residents_of_buildings_add_up_to_cell_populations(layers):
    pop, bld = layers["population"], layers["buildings"]
    xy = xy_of(bld)
    x_ll = (np.floor(xy[:, 0] / 250) * 250).astype(np.int64)
    y_ll = (np.floor(xy[:, 1] / 250) * 250).astype(np.int64)
    ids = [f"{x + 2_000_000:07d}{y:07d}" for x, y in zip(x_ll, y_ll)]
    per_cell = bld["residents"].groupby(np.array(ids)).sum()
    cells = pop.set_index("ssbid_250m")["pop2022"]
    both = pd.concat([cells, per_cell.rename("residents")], axis=1).fillna(0)
    assert (both["pop2022"] == both["residents"]).all()
    assert (bld["residents"][bld["building_type"] != "bolig"] == 0).all()
    assert set(bld["building_type"]) == {"bolig", "fritid", "naering"}
    assert bld["building_id"].is_unique


def test_population_totals_and_shape(layers):
    pop = layers["population"]
    per_k = pop.groupby("kommunenummer")[["pop2015", "pop2022"]].sum()
    assert 11_000 <= per_k.loc["9901", "pop2022"] <= 13_000
    assert 23_000 <= per_k["pop2022"].sum() <= 27_000
    assert per_k.loc["9901", "pop2022"] > per_k.loc["9901", "pop2015"]
    # each cell belongs to the kommune holding its centre
    c = shapely.centroid(geoms(pop))
    for knr, poly in zip(layers["kommuner"]["kommunenummer"], geoms(layers["kommuner"])):
        inside = shapely.contains(poly, c)
        assert (pop["kommunenummer"].to_numpy()[inside] == knr).all()
    # dense at the centre, thinning outwards, with village bumps
    d = shapely.distance(c, shapely.Point(TORGET))
    p = pop["pop2022"].to_numpy()
    assert p[d < 500].mean() > 3 * p[(d > 1500) & (d < 2500)].mean()
    assert p[(d > 1500) & (d < 2500)].mean() > p[d > 4000].mean()
    centres = layers["centres"]
    for point in geoms(centres)[centres["level"] == "village"]:
        near = shapely.distance(c, point)
        assert p[near < 400].mean() > 5 * p[(near > 1500) & (near < 3000)].mean()


def test_no_cell_or_building_in_the_water(layers):
    lc = layers["landcover"]
    water = shapely.union_all(geoms(lc)[np.isin(lc["arealtype"], [81, 82])])
    k = kommune(layers)
    pop = layers["population"]
    cells = geoms(pop)[shapely.intersects(geoms(pop), k)]
    dry = shapely.area(shapely.difference(shapely.intersection(cells, k), water))
    assert (dry > 0).all()
    inner = shapely.contains(k, cells)
    assert (dry[inner] > 0.02 * 62_500).all()
    pts = geoms(layers["buildings"])
    assert not shapely.intersects(water, pts).any()
    assert not shapely.intersects(water, geoms(layers["businesses"])).any()


def test_tettsteder_hold_the_settled_buildings(layers):
    tt, bld = layers["tettsteder"], layers["buildings"]
    assert tt["tettnr"].is_unique
    xy = xy_of(bld)
    res = bld["residents"].to_numpy()
    inside = np.zeros(len(bld), bool)
    for poly in geoms(tt):
        here = shapely.contains_xy(poly, xy[:, 0], xy[:, 1])
        assert res[here].sum() >= 200  # SSB: at least 200 residents
        inside |= here
    share = res[inside].sum() / res.sum()
    assert 0.4 < share < 0.9
    torget = shapely.Point(TORGET)
    town = geoms(tt)[shapely.contains(geoms(tt), torget)]
    assert len(town) == 1 and res[shapely.contains_xy(town[0], xy[:, 0], xy[:, 1])].sum() > 5000


# --------------------------------------------------------------------------------------
# Businesses: the centre-zone rule (SSB 2019, DOMAIN.md §3.2), computed here


def centre_group(nace: str) -> str:
    """Main industry group with centre functions ('' if none): SN2007 divisions."""
    division = int(nace[:2])
    if division == 47:
        return "" if nace[:4] in ("47.3", "47.9") else "retail"
    groups = {84: "public_admin", 53: "post", 68: "real_estate", 85: "education"}
    if division in groups:
        return groups[division]
    for lo, hi, group in (
        (86, 88, "health_social"),
        (90, 96, "culture_other"),
        (55, 56, "food"),
        (64, 66, "finance"),
        (69, 75, "professional"),
        (77, 82, "business_services"),
    ):
        if lo <= division <= hi:
            return group
    return ""


def centre_cores(businesses: pd.DataFrame) -> pd.DataFrame:
    group = np.array([centre_group(n) for n in businesses["nace"]])
    idx = np.flatnonzero(group != "")
    xy = xy_of(businesses)[idx]
    label = components(cKDTree(xy).query_pairs(50.0, output_type="ndarray"), len(idx))
    frame = pd.DataFrame(
        {
            "label": label,
            "group": group[idx],
            "employees": businesses["employees"].to_numpy()[idx],
            "x": xy[:, 0],
            "y": xy[:, 1],
        }
    )
    out = frame.groupby("label").agg(
        n=("group", "size"),
        employees=("employees", "sum"),
        groups=("group", lambda s: len(set(s))),
        retail=("group", lambda s: "retail" in set(s)),
        required=(
            "group",
            lambda s: bool(set(s) & {"public_admin", "health_social", "culture_other"}),
        ),
        x=("x", "mean"),
        y=("y", "mean"),
    )
    out["core"] = (out["groups"] >= 4) & out["retail"] & out["required"] & (out["employees"] >= 50)
    return out


def test_town_centre_is_the_one_centre_core_and_the_village_centre_is_not(layers):
    bz = layers["businesses"]
    cores = centre_cores(bz)
    qualifying = cores[cores["core"]]
    assert len(qualifying) == 1
    core = qualifying.iloc[0]
    assert math.hypot(core["x"] - TORGET[0], core["y"] - TORGET[1]) < 150.0
    assert core["groups"] >= 6 and core["employees"] >= 300
    centres = layers["centres"]
    haugen = shapely.get_coordinates(geoms(centres)[centres["name"] == "Haugen"])[0]
    near = cores[np.hypot(cores["x"] - haugen[0], cores["y"] - haugen[1]) < 150.0]
    village = near.loc[near["n"].idxmax()]
    assert village["n"] >= 3 and village["retail"] and not village["core"]


def test_businesses_are_plausible(layers):
    bz = layers["businesses"]
    assert bz["orgnr"].is_unique
    digits = np.array([[int(ch) for ch in o] for o in bz["orgnr"]])
    assert digits.shape[1] == 9
    rest = (digits[:, :8] * np.array([3, 2, 7, 6, 5, 4, 3, 2])).sum(1) % 11
    assert (((11 - rest) % 11) == digits[:, 8]).all()  # modulus-11 check digit
    assert bz["nace"].str.fullmatch(r"\d\d\.\d\d\d").all()
    assert (bz["employees"] >= 1).all()
    division = bz["nace"].str[:2].astype(int)
    for lo, hi in ((47, 47), (84, 84), (86, 88), (90, 96), (10, 33), (41, 43), (1, 3)):
        assert ((division >= lo) & (division <= hi)).sum() >= 3, (lo, hi)


# --------------------------------------------------------------------------------------
# Commuting


def test_commuting_table(layers):
    c = layers["commuting"]
    knrs = sorted(layers["kommuner"]["kommunenummer"])
    assert sorted(zip(c["home_knr"], c["work_knr"])) == [(h, w) for h in knrs for w in knrs]
    flows = c.pivot(index="home_knr", columns="work_knr", values="employed")
    share = flows["9901"] / flows.sum(axis=1)
    neighbours = share.drop("9901")
    assert neighbours.max() >= 0.25
    assert ((neighbours > 0.10) & (neighbours < 0.15)).any()
    assert neighbours.min() <= 0.06
    assert share["9901"] > 0.8  # most of the town's own residents work there
    pop = layers["population"].groupby("kommunenummer")["pop2022"].sum()
    rate = flows.sum(axis=1) / pop
    assert ((rate > 0.4) & (rate < 0.6)).all()
    # jobs by work kommune = employees of the businesses located there
    bz = layers["businesses"]
    located = np.full(len(bz), "", dtype=object)
    for knr, poly in zip(layers["kommuner"]["kommunenummer"], geoms(layers["kommuner"])):
        located[shapely.contains(poly, geoms(bz))] = knr
    jobs = bz["employees"].groupby(located).sum()
    assert (jobs.reindex(knrs) == flows.sum(axis=0).reindex(knrs)).all()


# --------------------------------------------------------------------------------------
# Roads


def road_ends(roads):
    coords, idx = shapely.get_coordinates(geoms(roads), return_index=True)
    start = np.searchsorted(idx, np.arange(len(roads)))
    end = np.r_[start[1:], len(coords)] - 1
    return np.vstack([coords[start], coords[end]])  # link i: rows i and i + n


def test_roads_are_noded_within_a_millimetre(layers):
    roads = layers["roads"]
    g = geoms(roads)
    n = len(g)
    assert 2000 <= n <= 5000
    ends = road_ends(roads)
    tree = cKDTree(ends)
    pairs = tree.query_pairs(0.05, output_type="ndarray")
    gap = np.hypot(*(ends[pairs[:, 0]] - ends[pairs[:, 1]]).T)
    assert (gap <= 1e-3).all()  # no near misses between 1 mm and 5 cm
    assert ((gap > 0) & (gap <= 1e-5)).sum() >= 20  # some rounding noise on shared ends
    # no link ends on another link's interior, and no two links cross
    stree = shapely.STRtree(g)
    pi, li = stree.query(shapely.points(ends), predicate="dwithin", distance=1e-3)
    own = np.r_[np.arange(n), np.arange(n)]
    other = own[pi] != li
    pi, li = pi[other], li[other]
    to_end = np.minimum(np.hypot(*(ends[pi] - ends[li]).T), np.hypot(*(ends[pi] - ends[li + n]).T))
    assert (to_end <= 1e-3).all()
    a, _ = stree.query(g, predicate="crosses")
    assert len(a) == 0
    # at a 1 mm tolerance: the mainland network and one island road
    close = tree.query_pairs(1e-3, output_type="ndarray")
    link = np.column_stack([np.arange(n), np.arange(n) + n])
    label = components(np.vstack([close, link]), 2 * n)[:n]
    sizes = np.bincount(label)
    assert sorted(sizes[sizes > 0])[::-1][:3][0] > 0.99 * n
    assert (sizes > 0).sum() == 2
    small = g[label == np.argmin(np.where(sizes > 0, sizes, n + 1))]
    lc = layers["landcover"]
    land = shapely.get_parts(shapely.union_all(geoms(lc)[~np.isin(lc["arealtype"], [81, 82])]))
    island = land[shapely.intersects(land, small[0])]
    assert len(island) == 1 and island[0].area < 1e6
    assert shapely.contains(island[0], shapely.multilinestrings(small))


def test_road_attributes(layers):
    roads = layers["roads"]
    assert roads["road_id"].is_unique
    assert set(roads["road_class"]) == set("ERFKP")
    assert set(roads["oneway"]) == {"B", "FT", "TF"}
    null = roads["speed_kmh"].isna().mean()
    assert 0.02 <= null <= 0.08
    known = roads[roads["speed_kmh"].notna()]
    speeds = known["speed_kmh"].astype(int)
    assert speeds.isin([30, 40, 50, 60, 70, 80, 90, 100, 110]).all()
    length = shapely.length(geoms(known))
    mean = (speeds * length).groupby(known["road_class"]).sum() / pd.Series(length).groupby(
        known["road_class"].to_numpy()
    ).sum()
    assert mean["E"] >= mean["R"] >= mean["F"] >= mean["K"] >= mean["P"]
    # the one-way streets are in the centre and form a couplet (both directions)
    oneway = roads[roads["oneway"] != "B"]
    d = shapely.distance(geoms(oneway), shapely.Point(TORGET))
    assert 4 <= len(oneway) <= 40 and (d < 500).all()
    ends = road_ends(oneway)
    n = len(oneway)
    heading = ends[n:] - ends[:n]  # digitised direction
    travel = np.where((oneway["oneway"] == "FT").to_numpy()[:, None], heading, -heading)
    angle = np.degrees(np.arctan2(travel[:, 1], travel[:, 0]))
    assert np.ptp(np.cos(np.radians(angle))) > 1.5  # traffic flows both ways overall
