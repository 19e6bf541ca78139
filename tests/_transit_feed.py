"""A tiny hand-made GTFS feed whose every travel time is worked out by hand.

Stops A, B, C, D, E. Weekday service WK (calendar, September 2024) and XTRA, which runs
only on Tuesday 2024-09-17 (calendar_dates) and is the only service of stop E.

  t1 R1  A 07:00  B 07:10  C 07:20
  t2 R1  A 07:30  B 07:40  C 07:50
  t3 R2  B 07:12  D 07:30           (t1 -> t3 at B: 07:10 + 2 min transfer = 07:12, caught)
  t4 R2  B 07:41  D 08:00           (t2 -> t4 at B: 07:40 + 2 min = 07:42, missed)
  t5 R2  B 08:10  D 08:28
  t6 R4  D 23:50  B 24:10  A 24:30  (runs past midnight)
  t7 R3  C 07:25  E 07:35           (XTRA: 2024-09-17 only)
  t8 R5  A 00:00  C 00:15           (template of frequencies: 08:00-09:00 every 20 min)
"""

from __future__ import annotations

from pathlib import Path

FILES = {
    "agency.txt": "agency_name,agency_url,agency_timezone\nHand,http://x,Europe/Oslo\n",
    "stops.txt": (
        "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
        "A,Stop A,60.0,11.00,0,\n"
        "B,Stop B,60.0,11.01,0,SB\n"
        "SB,Station B,60.0,11.01,1,\n"
        "C,Stop C,60.0,11.02,0,\n"
        "D,Stop D,60.0,11.03,0,\n"
        "E,Stop E,60.0,11.04,,\n"
    ),
    "routes.txt": (
        "route_id,route_short_name,route_long_name,route_type\n"
        "R1,1,A-C,3\nR2,2,B-D,3\nR3,3,C-E,3\nR4,N,Night,3\nR5,5,Shuttle,3\n"
    ),
    "trips.txt": (
        "route_id,service_id,trip_id\n"
        "R1,WK,t1\nR1,WK,t2\nR2,WK,t3\nR2,WK,t4\nR2,WK,t5\nR4,WK,t6\nR3,XTRA,t7\nR5,WK,t8\n"
    ),
    "stop_times.txt": (
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        "t1,07:00:00,07:00:00,A,1\nt1,07:10:00,07:10:00,B,2\nt1,07:20:00,07:20:00,C,3\n"
        "t2,07:30:00,07:30:00,A,1\nt2,07:40:00,07:40:00,B,2\nt2,07:50:00,07:50:00,C,3\n"
        "t3,07:12:00,07:12:00,B,1\nt3,07:30:00,07:30:00,D,2\n"
        "t4,07:41:00,07:41:00,B,1\nt4,08:00:00,08:00:00,D,2\n"
        "t5,08:10:00,08:10:00,B,1\nt5,08:28:00,08:28:00,D,2\n"
        "t6,23:50:00,23:50:00,D,1\nt6,24:10:00,24:10:00,B,2\nt6,24:30:00,24:30:00,A,3\n"
        "t7,07:25:00,07:25:00,C,1\nt7,07:35:00,07:35:00,E,2\n"
        "t8,00:00:00,00:00:00,A,1\nt8,00:15:00,00:15:00,C,2\n"
    ),
    "calendar.txt": (
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
        "WK,1,1,1,1,1,0,0,20240902,20240930\n"
    ),
    "calendar_dates.txt": "service_id,date,exception_type\nXTRA,20240917,1\n",
    "frequencies.txt": "trip_id,start_time,end_time,headway_secs\nt8,08:00:00,09:00:00,1200\n",
}

STOPS = ["A", "B", "C", "D", "E"]


def write_feed(folder: Path, **changes: str | None) -> Path:
    """Write the feed into ``folder``; ``changes`` replaces (or, with None, leaves out)
    files by their name without .txt."""
    folder.mkdir(parents=True, exist_ok=True)
    files = dict(FILES)
    for name, text in changes.items():
        if text is None:
            files.pop(f"{name}.txt")
        else:
            files[f"{name}.txt"] = text
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
