"""The network engine on tiny graphs whose answers are worked out by hand."""

import heapq

import numpy as np
import pytest
import shapely
from shapely import LineString, Point
from shapely.ops import substring

from smaaby_plugin.core.catchments.network import (
    ALLOCATED,
    BEYOND_LIMIT,
    NO_PATH,
    UNATTACHED,
    build_graph,
)
from smaaby_plugin.core.catchments.network_routing import line_substrings
from smaaby_plugin.core.errors import Cancelled, InputError
from smaaby_plugin.core.progress import cancel_after


def lines(*coords):
    return np.array([LineString(c) for c in coords], dtype=object)


def points(*xy):
    return np.array([Point(p) for p in xy], dtype=object)


# A(0,0) - B(100,0) - C(200,0) both ways; C -> D(200,100) one way (digitised C to D);
# E(1000,0) - F(1100,0) a separate piece.
CHAIN = lines(
    [(0, 0), (100, 0)], [(100, 0), (200, 0)], [(200, 0), (200, 100)], [(1000, 0), (1100, 0)]
)
CHAIN_FW = np.array([True, True, True, True])
CHAIN_BW = np.array([True, True, False, True])


def chain():
    return build_graph(CHAIN, forward=CHAIN_FW, backward=CHAIN_BW)


def test_chain_costs_follow_one_way_link():
    net = chain()
    assert net.n_nodes == 6 and net.stats.components == 2
    src = net.attach(points((50, 0)))
    tgt = net.attach(points((0, 0), (100, 0), (200, 0), (200, 100), (200, 50), (1050, 0)))
    m = net.cost_matrix(src, tgt)
    # by hand: A 50, B 50, C 150, D 250, half-way up CD 200, other component none
    assert m[0, :5] == pytest.approx([50, 50, 150, 250, 200])
    assert np.isinf(m[0, 5])
    # back from D: CD is one-way C->D, so nothing is reachable from D except D's link end
    back = net.cost_matrix(net.attach(points((200, 100))), net.attach(points((0, 0), (200, 50))))
    assert np.all(np.isinf(back))


def test_reverse_run_equals_forward_run():
    net = chain()
    # more origins than destinations makes cost_matrix run from the destinations
    # on the reversed graph; one origin at a time runs forwards
    o = net.attach(points((10, 5), (150, -3), (200, 20), (60, 0)))
    d = net.attach(points((200, 90)))
    many = net.cost_matrix(o, d)
    one = np.array([net.cost_matrix(o.subset([i]), d)[0, 0] for i in range(4)])
    # by hand: (10,5): 5 access + 190 along + 90 up = 285; (150,-3): 3+50+90 = 143;
    # (200,20): 0 access (on CD) + 70 = 70; (60,0): 140 + 90 = 230
    assert many[:, 0] == pytest.approx([285, 143, 70, 230])
    assert one == pytest.approx(many[:, 0])


def test_partial_links_are_cut_where_the_cost_runs_out():
    net = chain()
    sa = net.service_area(net.attach(points((50, 0))), [120])
    p = sa.pieces.sort_values("link").reset_index(drop=True)
    # AB whole (both halves merged across the source), BC up to 70 m, nothing on CD
    assert p["link"].tolist() == [0, 1]
    assert p.loc[0, ["start", "end"]].tolist() == pytest.approx([0, 100])
    assert p.loc[1, ["start", "end"]].tolist() == pytest.approx([0, 70])
    assert p.loc[0, ["cost_min", "cost_max"]].tolist() == pytest.approx([0, 50])
    assert p.loc[1, ["cost_min", "cost_max"]].tolist() == pytest.approx([50, 120])
    assert shapely.equals_exact(sa.geometry[1], LineString([(100, 0), (170, 0)]), 1e-9)


def test_bands_do_not_overlap_and_add_up():
    net = chain()
    sa = net.service_area(net.attach(points((50, 0))), [60, 120, 400])
    p = sa.pieces
    # band lengths by hand: <=60: 50 + 50 + 10 = 110; 60..120: 60; 120..400: 30 + 100
    got = p.assign(l=p["end"] - p["start"]).groupby("band")["l"].sum()
    assert got.tolist() == pytest.approx([110, 60, 130])
    assert shapely.length(sa.geometry).sum() == pytest.approx(300)


def test_loop_reached_from_both_ends_leaves_a_gap():
    # a square loop of 4 x 100 m with the source at a corner; threshold 150:
    # the opposite two sides are reached 50 m from each end, leaving a 100 m gap
    sq = lines(
        [(0, 0), (100, 0)], [(100, 0), (100, 100)], [(100, 100), (0, 100)], [(0, 100), (0, 0)]
    )
    net = build_graph(sq)
    sa = net.service_area(net.attach(points((0, 0))), [150])
    assert shapely.length(sa.geometry).sum() == pytest.approx(300)
    per_link = sa.pieces.groupby("link").size().to_dict()
    assert per_link == {0: 1, 1: 1, 2: 1, 3: 1}
    # with 250 every side is reached; the farthest point (100,100) costs 200
    sa2 = net.service_area(net.attach(points((0, 0))), [250])
    assert shapely.length(sa2.geometry).sum() == pytest.approx(400)
    assert sa2.pieces["cost_max"].max() == pytest.approx(200)


def test_peak_cost_inside_a_piece():
    # one link of 100 m, sources at both ends: the costliest point is the middle (50)
    net = build_graph(lines([(0, 0), (100, 0)]))
    sa = net.service_area(net.attach(points((0, 0), (100, 0))), [80], per_source=False)
    assert len(sa.pieces) == 1
    assert sa.pieces.loc[0, "cost_max"] == pytest.approx(50)
    assert sa.pieces.loc[0, "cost_min"] == pytest.approx(0)


def test_ties_go_to_the_lowest_source_index():
    net = build_graph(lines([(0, 0), (100, 0)], [(100, 0), (200, 0)]))
    tgt = net.attach(points((100, 0), (100, 10)))
    for order in ([(0, 0), (200, 0)], [(200, 0), (0, 0)]):
        al = net.nearest_source(net.attach(points(*order)), tgt)
        assert al.source.tolist() == [0, 0]
        assert al.cost.tolist() == pytest.approx([100, 110])
        assert al.status.tolist() == [ALLOCATED, ALLOCATED]


def test_allocation_statuses():
    net = chain()
    src = net.attach(points((0, 0), (200, 100)), max_snap=50)
    tgt = net.attach(points((90, 0), (200, 95), (1050, 0), (500, 500), (200, -40)), max_snap=50)
    al = net.nearest_source(src, tgt, limit=150)
    # (90,0): 90 from source 0; (200,95): source 1 is at D but CD is one-way C->D, so
    # source 0 via C: 200 + 95 = 295 > 150; (1050,0): other component; (500,500): too
    # far; (200,-40): 40 access + 200 = 240 > 150
    assert al.status.tolist() == [ALLOCATED, BEYOND_LIMIT, NO_PATH, UNATTACHED, BEYOND_LIMIT]
    assert al.source.tolist() == [0, 0, -1, -1, 0]
    assert al.cost[[0, 1, 4]] == pytest.approx([90, 295, 240])
    assert np.isinf(al.cost[2]) and np.isinf(al.cost[3])


def test_centre_off_the_network_time_cost():
    # 1200 m at 60 km/h = 1.2 min; access 50 m at 5 km/h = 0.6 min
    net = build_graph(lines([(0, 0), (1200, 0)]), cost="time", speed_kmh=np.array([60.0]))
    assert net.unit == "min"
    src = net.attach(points((0, 50)), access_speed_kmh=5)
    tgt = net.attach(points((1200, 0), (600, 0)), access_speed_kmh=5)
    assert src.access_cost[0] == pytest.approx(0.6)
    assert net.cost_matrix(src, tgt)[0] == pytest.approx([1.8, 1.2])
    sa = net.service_area(src, [1.0], targets=tgt)
    # 1.0 - 0.6 access leaves 0.4 min = 400 m of road
    assert shapely.length(sa.geometry).sum() == pytest.approx(400)
    assert np.isinf(sa.target_cost[0, 0]) and np.isinf(sa.target_cost[0, 1])


def test_source_on_a_one_way_link_goes_forward_only():
    net = build_graph(
        lines([(0, 0), (100, 0)], [(100, 0), (200, 0)]),
        forward=np.array([True, True]),
        backward=np.array([False, True]),
    )
    sa = net.service_area(net.attach(points((50, 0))), [500])
    p = sa.pieces.sort_values(["link", "start"])
    assert p[["link", "start", "end"]].to_numpy().ravel().tolist() == pytest.approx(
        [0, 50, 100, 1, 0, 100]
    )


def test_snapping_clusters_ends_that_straddle_a_grid_line():
    # ends 2e-5 m apart on either side of x = 100.00 (rounding to 1e-4 would split them)
    ln = lines([(0, 0), (99.99999, 0)], [(100.00001, 0), (200, 0)])
    joined = build_graph(ln, snap_tolerance=0.1)
    broken = build_graph(ln, snap_tolerance=0.0)
    assert joined.n_nodes == 3 and joined.stats.components == 1
    assert broken.n_nodes == 4 and broken.stats.components == 2
    assert joined.stats.dangling_ends == 2


def test_chained_snapping_within_tolerance():
    # three ends each 0.06 m from the next: one node through the chain (union-find)
    ln = lines([(0, 0), (100, 0)], [(100.06, 0), (100.06, 100)], [(100.12, 0), (200, 0)])
    net = build_graph(ln, snap_tolerance=0.1)
    assert net.n_nodes == 4


def test_split_at_shared_vertices():
    # the second line ends on the inner vertex (50, 0) of the first
    ln = lines([(0, 0), (50, 0), (100, 0)], [(50, -50), (50, 0)])
    net = build_graph(ln)
    assert net.n_links == 3 and net.stats.split_at_shared_vertices == 1
    assert net.feature.tolist() == [0, 0, 1]
    m = net.cost_matrix(net.attach(points((50, -50))), net.attach(points((100, 0))))
    assert m[0, 0] == pytest.approx(100)
    off = build_graph(ln, split_at_shared_vertices=False)
    assert off.n_links == 2 and off.stats.components == 2


def test_repeated_vertex_is_not_a_junction():
    net = build_graph(lines([(0, 0), (50, 0), (50, 0), (100, 0)]))
    assert net.n_links == 1 and net.n_nodes == 2


def test_multilinestring_parts_and_explicit_costs():
    ml = shapely.multilinestrings([[(0, 0), (100, 0)], [(100, 0), (100, 300)]])
    net = build_graph(
        np.array([ml, None], dtype=object),
        cost="time",
        cost_forward=np.array([8.0, np.nan]),
        cost_backward=np.array([np.nan, np.nan]),
    )
    assert net.n_links == 2 and net.stats.dropped_features == 1
    # the 8 minutes are shared by length: 2 and 6
    assert net.cost_forward.tolist() == pytest.approx([2.0, 6.0])
    assert np.all(np.isinf(net.cost_backward))


def test_od_matrix_k_and_limit():
    net = build_graph(lines([(0, 0), (300, 0)]))
    o = net.attach(points((0, 0), (300, 0)))
    d = net.attach(points((100, 0), (250, 0), (10, 0)))
    od = net.od_matrix(o, d, k=2)
    assert od[["origin", "destination"]].to_numpy().tolist() == [[0, 2], [0, 0], [1, 1], [1, 0]]
    assert od["cost"].tolist() == pytest.approx([10, 100, 50, 200])
    lim = net.od_matrix(o, d, limit=60)
    assert lim[["origin", "destination"]].to_numpy().tolist() == [[0, 2], [1, 1]]


def _reference_costs(net, src_xy, tgt_xy):
    """Plain Dijkstra (heapq) over the links with each point inserted by hand."""
    # build node list: network nodes plus one node per point, splitting links
    nodes = {i: tuple(xy) for i, xy in enumerate(net.node_xy)}
    adj = {i: [] for i in nodes}
    cuts = {}
    pts = list(src_xy) + list(tgt_xy)
    pid = []
    for p in pts:
        g = Point(p)
        dists = shapely.distance(g, net.lines)
        li = int(np.argmin(dists))
        pos = float(shapely.line_locate_point(net.lines[li], g))
        nid = len(nodes)
        nodes[nid] = p
        adj[nid] = []
        cuts.setdefault(li, []).append((pos, nid, float(dists[li])))
        # access leg: metres, or minutes at the default 5 km/h on a time network
        acc = float(dists[li]) if net.unit == "m" else float(dists[li]) / (5000 / 60)
        pid.append((nid, acc))
    for li in range(net.n_links):
        L = net.length[li]
        chain_ = (
            [(0.0, int(net.from_node[li]))]
            + sorted((c[0], c[1]) for c in cuts.get(li, []))
            + [(L, int(net.to_node[li]))]
        )
        for (a, u), (b, v) in zip(chain_[:-1], chain_[1:]):
            fr = (b - a) / L
            if np.isfinite(net.cost_forward[li]):
                adj[u].append((v, net.cost_forward[li] * fr))
            if np.isfinite(net.cost_backward[li]):
                adj[v].append((u, net.cost_backward[li] * fr))
    out = np.full((len(src_xy), len(tgt_xy)), np.inf)
    for i in range(len(src_xy)):
        s, acc = pid[i]
        dist = {s: acc}
        heap = [(acc, s)]
        while heap:
            c, x = heapq.heappop(heap)
            if c > dist.get(x, np.inf):
                continue
            for y, w in adj[x]:
                if c + w < dist.get(y, np.inf):
                    dist[y] = c + w
                    heapq.heappush(heap, (c + w, y))
        for j in range(len(tgt_xy)):
            t, tacc = pid[len(src_xy) + j]
            out[i, j] = dist.get(t, np.inf) + tacc
    return out


def test_random_grid_against_a_plain_dijkstra():
    rng = np.random.default_rng(7)
    segs = []
    for i in range(6):
        for j in range(6):
            if i < 5:
                segs.append([(i * 100, j * 100), ((i + 1) * 100, j * 100)])
            if j < 5:
                segs.append([(i * 100, j * 100), (i * 100, (j + 1) * 100)])
    ln = lines(*segs)
    fw = rng.random(len(ln)) > 0.15
    bw = ~fw | (rng.random(len(ln)) > 0.3)
    spd = rng.uniform(20, 80, len(ln))
    net = build_graph(ln, forward=fw, backward=bw, cost="time", speed_kmh=spd)
    src_xy = rng.uniform(-20, 520, (4, 2))
    tgt_xy = rng.uniform(-20, 520, (30, 2))
    src = net.attach(points(*src_xy))
    tgt = net.attach(points(*tgt_xy))
    ref = _reference_costs(net, src_xy, tgt_xy)
    got = net.cost_matrix(src, tgt)
    assert np.allclose(got, ref, rtol=1e-9, atol=1e-9, equal_nan=False)
    al = net.nearest_source(src, tgt)
    best = ref.min(axis=0)
    fin = np.isfinite(best)
    assert np.allclose(al.cost[fin], best[fin])
    assert np.all(al.status[~fin] == NO_PATH)
    # the allocated source is a cheapest one
    assert np.allclose(ref[al.source[fin], np.flatnonzero(fin)], best[fin])
    # service-area target costs agree with the matrix within the threshold
    sa = net.service_area(src, [1.0], targets=tgt)
    within = np.where(ref <= 1.0, ref, np.inf)
    assert np.allclose(sa.target_cost, within)


def test_service_area_pieces_match_costs_along_links():
    # piece ends checked against a plain Dijkstra to those very points
    segs = [
        [(0, 0), (100, 0)],
        [(100, 0), (100, 100)],
        [(100, 100), (0, 100)],
        [(0, 100), (0, 0)],
        [(100, 0), (250, 30)],
        [(250, 30), (100, 100)],
    ]
    net = build_graph(lines(*segs))
    sa = net.service_area(net.attach(points((20, 0))), [130, 210])
    p0 = shapely.get_coordinates(shapely.get_point(sa.geometry, 0))
    p1 = shapely.get_coordinates(shapely.get_point(sa.geometry, -1))
    c0 = _reference_costs(net, [(20, 0)], p0)[0]
    c1 = _reference_costs(net, [(20, 0)], p1)[0]
    # the cheapest point of a piece is an end, or the source itself inside it
    has_src = shapely.dwithin(sa.geometry, Point(20, 0), 1e-9)
    assert has_src.sum() == 1
    assert np.allclose(np.minimum(c0, c1)[~has_src], sa.pieces["cost_min"][~has_src], atol=1e-6)
    assert sa.pieces["cost_min"][has_src].tolist() == [0.0]
    band_hi = sa.thresholds[sa.pieces["band"]]
    band_lo = np.r_[0.0, sa.thresholds][sa.pieces["band"]]
    assert np.all(np.maximum(c0, c1) <= band_hi + 1e-6)
    assert np.all(sa.pieces["cost_max"] <= band_hi + 1e-6)
    assert np.all(sa.pieces["cost_max"] > band_lo)
    # total reached within 210: every link end within 210 by hand, the rest partial
    assert shapely.length(sa.geometry).sum() == pytest.approx(
        _reached_length_brute(net, (20, 0), 210), abs=0.05
    )


def _reached_length_brute(net, src, limit, step=0.01):
    """Length whose cost is within the limit, by sampling every link each ``step`` m."""
    total = 0.0
    for li in range(net.n_links):
        n = int(np.ceil(net.length[li] / step))
        xs = (np.arange(n) + 0.5) * net.length[li] / n
        pts = shapely.get_coordinates(shapely.line_interpolate_point(net.lines[li], xs))
        # cost at each sample via its own link: min over the two link ends
        ends = _reference_costs(
            net, [src], [net.node_xy[net.from_node[li]], net.node_xy[net.to_node[li]]]
        )[0]
        c = np.minimum(ends[0] + xs, ends[1] + net.length[li] - xs)
        total += np.sum(c <= limit) * net.length[li] / n
        assert len(pts) == n
    return total


def test_line_substrings_agree_with_shapely_substring():
    rng = np.random.default_rng(11)
    base = np.array([LineString(rng.uniform(0, 100, (rng.integers(2, 7), 2))) for _ in range(20)])
    which = rng.integers(0, 20, 200)
    L = shapely.length(base[which])
    a = rng.uniform(0, 1, 200) * L
    b = a + rng.uniform(0, 1, 200) * (L - a)
    got = line_substrings(base, a, b, which=which)
    for g, w, s, e in zip(got, which, a, b):
        ref = substring(base[w], s, e)
        assert g.length == pytest.approx(e - s, abs=1e-9)
        assert shapely.hausdorff_distance(g, ref) < 1e-9


def test_bad_input_raises_input_error():
    with pytest.raises(InputError):
        build_graph(np.array([Point(0, 0)]))
    with pytest.raises(InputError):
        build_graph(lines([(0, 0), (1, 0)]), cost="time", speed_kmh=np.array([0.0]))
    with pytest.raises(InputError):
        build_graph(lines([(0, 0), (1, 0)]), snap_tolerance=-1)
    net = build_graph(lines([(0, 0), (1, 0)]))
    with pytest.raises(InputError):
        net.attach(np.array([shapely.box(0, 0, 1, 1)]))
    with pytest.raises(InputError):
        net.service_area(net.attach(points((0, 0))), [0])
    with pytest.raises(InputError):
        net.od_matrix(net.attach(points((0, 0))), net.attach(points((1, 0))), k=0)


def test_max_snap_reports_far_points():
    net = build_graph(lines([(0, 0), (100, 0)]))
    a = net.attach(points((50, 10), (50, 400), (0, 0)), max_snap=100)
    assert a.link.tolist() == [0, -1, 0]
    assert a.distance[0] == pytest.approx(10) and np.isinf(a.distance[1])
    al = net.nearest_source(net.attach(points((0, 0))), a)
    assert al.status.tolist() == [ALLOCATED, UNATTACHED, ALLOCATED]
    none = net.attach(points((500, 500), (900, 0)), max_snap=100)
    assert none.link.tolist() == [-1, -1] and not none.attached.any()


def test_cancel_raises_from_every_long_step():
    """A progress that cancels stops the step with Cancelled (no partial result), and
    one that does not cancel changes nothing."""
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 1000, (60, 2))
    net = build_graph(lines(*[[tuple(xy[i]), tuple(xy[i + 1])] for i in range(59)]))
    a = net.attach(points(*xy[::3]))
    with pytest.raises(Cancelled):
        build_graph(net.lines, progress=cancel_after(1))
    with pytest.raises(Cancelled):
        net.attach(points(*xy), progress=cancel_after(1))
    with pytest.raises(Cancelled):
        net.cost_matrix(a, a, progress=cancel_after(2))
    with pytest.raises(Cancelled):
        net.od_matrix(a, a, progress=cancel_after(2))
    with pytest.raises(Cancelled):
        net.service_area(a, [100, 200], progress=cancel_after(2))
    with pytest.raises(Cancelled):
        net.service_area(a, [100], per_source=False, progress=cancel_after(1))
    with pytest.raises(Cancelled):
        net.nearest_source(a, a, progress=cancel_after(2))
    with pytest.raises(Cancelled):
        line_substrings(net.lines, np.zeros(59), np.ones(59), progress=cancel_after(1))
    seen = []
    assert np.array_equal(net.cost_matrix(a, a, progress=seen.append), net.cost_matrix(a, a))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    same = net.service_area(a, [100, 200], progress=seen.append)
    ref = net.service_area(a, [100, 200])
    assert same.pieces.equals(ref.pieces)
