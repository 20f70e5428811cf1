"""The PDF report's contents, gathered from the repositories for a range of days.

The range is the filter's (``--since``/``--until``, or the history list's), or else
from the first session to the last. The counting rules are core's, through the same
functions the history page's pictures use, so the report and the page always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from hamstring_coach.core import adherence
from hamstring_coach.core.recovery import (
    STRENGTHENING_ROUTINE,
    STRETCHING_ROUTINES,
    Injury,
    ice_target,
    phase,
)
from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.history import HistoryRepository, SessionFilter
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.records import STATUSES
from hamstring_coach.ui import plural
from hamstring_coach.ui.history_figures import (
    first_weekday,
    ice_days,
    ice_label,
    pain_figure,
    the_injury,
)
from hamstring_coach.ui.history_texts import (
    day_text,
    leg_text,
    moment_text,
    pain_pair_text,
    phase_name,
    status_count_text,
    status_text,
    time_text,
)
from hamstring_coach.ui.report_layout import AdherenceRow, ReportData, ReportSession
from hamstring_coach.ui.session_list_model import work_text

translate = QCoreApplication.translate
PAGE = 500  # sessions read at a time


def gather(
    history: HistoryRepository,
    matching: SessionFilter | None,
    *,
    injuries: InjuryRepository | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> ReportData:
    matching = matching or SessionFilter()
    settings = settings or Settings()
    now = now or datetime.now().astimezone()
    figures = history.figures()
    span = figures.span()
    first = matching.since or (span[0] if span else now.date())
    last = matching.until or max(span[1] if span else now.date(), first)
    injury = the_injury(injuries)
    tallies = [
        t
        for t in figures.day_tallies(first, last)
        if not matching.routines or t.routine_id in matching.routines
    ]
    rows = [_sessions_row(history, matching)]
    stretched = adherence.daily(tallies, STRETCHING_ROUTINES, first, last, asked=2)
    rows.append(
        AdherenceRow(
            translate("Report", "Stretching: days with 2 or more sessions"),
            translate("Report", "{met} of {days} days").format(
                met=sum(1 for d in stretched if d.met), days=len(stretched)
            ),
            translate("Report", "2 to 3 times a day, from the third day"),
        )
    )
    weeks = adherence.weekly(
        tallies, {STRENGTHENING_ROUTINE}, first, last, first_weekday(), asked=3
    )
    rows.append(
        AdherenceRow(
            translate("Report", "Strengthening: sessions per week"),
            _weeks_text(weeks),
            translate("Report", "3 times a week, from the second week"),
        )
    )
    ice = _ice_row(injuries, injury, settings, first, last)
    if ice is not None:
        rows.append(ice)
    pain = pain_figure(figures, injuries, first, last)
    return ReportData(
        first_day=first,
        last_day=last,
        made_at=now,
        injury_lines=_injury_lines(injury, last, now),
        adherence=rows,
        pain_points=pain.points,
        pain_marks=pain.marks,
        pain_summary=pain.summary,
        sessions=_sessions(history, matching),
    )


def _sessions_row(history: HistoryRepository, matching: SessionFilter) -> AdherenceRow:
    total = history.count_sessions(matching)
    parts = []
    for status in STATUSES:
        if matching.statuses and status not in matching.statuses:
            continue
        wanted = SessionFilter(
            routines=matching.routines,
            statuses=frozenset({status}),
            since=matching.since,
            until=matching.until,
            text=matching.text,
        )
        count = history.count_sessions(wanted)
        if count:
            parts.append(status_count_text(status, count))
    done = str(total) if not parts else f"{total}: {', '.join(parts)}"
    return AdherenceRow(translate("Report", "Sessions"), done, "")


def _ice_row(
    injuries: InjuryRepository | None,
    injury: Injury | None,
    settings: Settings,
    first: date,
    last: date,
) -> AdherenceRow | None:
    if injury is None or not first <= injury.happened_at.date() <= last:
        return None
    _, days = ice_days(injuries, settings)
    done = " · ".join(
        translate("Report", "{day}: {n}").format(day=ice_label(d), n=d.applications) for d in days
    )
    aim = ice_target(settings.ice_interval_h, settings.ice_minutes)
    plan = translate("Report", "{n} a day: {minutes} min every {hours} h").format(
        n=aim, minutes=settings.ice_minutes, hours=f"{settings.ice_interval_h:g}"
    )
    return AdherenceRow(translate("Report", "Ice in the first 48 hours"), done, plan)


def _injury_lines(injury: Injury | None, last: date, now: datetime) -> list[str]:
    if injury is None:
        return []
    lines = [
        translate("Report", "{leg}, hurt on {day} at {time}.").format(
            leg=leg_text(injury.leg),
            day=day_text(injury.happened_at.date()),
            time=time_text(injury.happened_at),
        )
    ]
    end_of_range = datetime.combine(last + timedelta(days=1), time(0), injury.happened_at.tzinfo)
    moment = min(now, end_of_range - timedelta(seconds=1))
    if moment >= injury.happened_at:
        day = (moment - injury.happened_at).days + 1
        lines.append(
            translate("Report", "On {day}: {phase}, day {n} after the injury.").format(
                day=day_text(moment.date()), phase=phase_name(phase(injury, moment)), n=day
            )
        )
    if injury.recovered_at is not None:
        lines.append(
            translate("Report", "Marked recovered on {day}.").format(
                day=day_text(injury.recovered_at.date())
            )
        )
    if injury.note:
        lines.append(translate("Report", "Note: {note}").format(note=injury.note))
    return lines


def _sessions(history: HistoryRepository, matching: SessionFilter) -> list[ReportSession]:
    """Every matching session, oldest first, as the list's rows."""
    newest_first = []
    offset = 0
    while True:
        page = history.list_sessions(offset, PAGE, matching)
        newest_first.extend(page)
        offset += len(page)
        if len(page) < PAGE:
            break
    return [
        ReportSession(
            when=moment_text(s.started_at),
            routine=s.routine_title,
            done=work_text(s),
            pain=pain_pair_text(s.pain_before, s.pain_after) or "–",
            status=status_text(s.status),
            note=s.note or "",
            sharp_pain=s.status == "sharp-pain",
        )
        for s in reversed(newest_first)
    ]


def _weeks_text(weeks: Sequence[adherence.WeekCount]) -> str:
    """ "3 of 5 weeks had 3 or more; 12 sessions in all", the sessions counted in the
    plural form that fits."""
    done = sum(w.completed for w in weeks)
    return plural.english(
        translate("Report", "{met} of {weeks} weeks had 3 or more; %n session(s) in all", "", done),
        done,
    ).format(met=sum(1 for w in weeks if w.met), weeks=len(weeks))
