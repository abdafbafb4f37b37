#!/usr/bin/env python3
"""Load the TrendScope schema and dataset into an in-memory SQLite database and check it.

Usage: python3 tools/dataset_report.py [--seeds DIR] [--verbose]

Checks (exit status 1 if any fails):
  * every schema and dataset script loads (schema/*.sql, then dataset/*.sql, name order),
    with PRAGMA foreign_keys=ON;
  * PRAGMA integrity_check and PRAGMA foreign_key_check are clean;
  * every fact row has a quote of 10-120 characters that is a substring of its source's
    seed text after collapsing whitespace runs to one space;
  * provenance: section not blank, status stated/derived/editor, derived rows have a formula;
  * dates are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' and real; percentages within 0-100;
  * funding shares of one whole add up to at most 100.5%;
  * every view selects.
Then prints per-table and per-family counts. Standard library only.
"""
import argparse
import datetime
import glob
import os
import re
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SEEDS = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'seeds'))

FACT_TABLES = ['maturity_position', 'funding_total', 'funding_company', 'model', 'leaderboard',
               'leaderboard_entry', 'training_run', 'policy', 'price_cut', 'event',
               'survey_stat', 'key_figure', 'trend', 'statement', 'report_chart']
DATE_COLUMNS = {'date', 'snapshot', 'announced', 'effective', 'founded', 'released',
                'period', 'period_start', 'period_end', 'published'}
PERCENT_COLUMNS = {'percent', 'share_percent', 'min_percent', 'max_percent'}
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')


def collapse(text):
    return re.sub(r'\s+', ' ', text).strip()


def valid_date(text):
    m = DATE_RE.match(text)
    if not m:
        return False
    try:
        datetime.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return False
    return True


def load(db):
    scripts = sorted(glob.glob(os.path.join(ROOT, 'db', 'schema', '*.sql')))
    scripts += sorted(glob.glob(os.path.join(ROOT, 'db', 'dataset', '*.sql')))
    for path in scripts:
        with open(path, encoding='utf-8') as f:
            try:
                db.executescript(f.read())
            except sqlite3.Error as e:
                raise SystemExit('FAIL loading %s: %s' % (os.path.relpath(path, ROOT), e))
    return scripts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seeds', default=DEFAULT_SEEDS)
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()

    db = sqlite3.connect(':memory:')
    db.execute('PRAGMA foreign_keys=ON')
    scripts = load(db)
    problems = []

    ic = [r[0] for r in db.execute('PRAGMA integrity_check')]
    if ic != ['ok']:
        problems += ['integrity: %s' % x for x in ic]
    for row in db.execute('PRAGMA foreign_key_check'):
        problems.append('foreign key: %r' % (row,))

    seeds = {}
    for sid, fname in db.execute('SELECT id, file FROM source'):
        with open(os.path.join(args.seeds, fname), encoding='utf-8') as f:
            seeds[sid] = collapse(f.read())

    for table in FACT_TABLES:
        cols = [r[1] for r in db.execute('PRAGMA table_info(%s)' % table)]
        for row in db.execute('SELECT * FROM %s' % table):
            r = dict(zip(cols, row))
            where = '%s row %s' % (table, r['id'])
            q = r.get('quote')
            if q is None:
                problems.append('%s: no quote' % where)
            else:
                if not 10 <= len(q) <= 120:
                    problems.append('%s: quote length %d outside 10-120' % (where, len(q)))
                if collapse(q) not in seeds[r['source_id']]:
                    problems.append('%s: quote not in source %s: %s' % (where, r['source_id'], q))
            if not (r.get('section') or '').strip():
                problems.append('%s: no section' % where)
            if r.get('status') not in ('stated', 'derived', 'editor'):
                problems.append('%s: status %r' % (where, r.get('status')))
            if r.get('status') == 'derived' and not (r.get('formula') or '').strip():
                problems.append('%s: derived without formula' % where)
            for c in cols:
                v = r[c]
                if v is None:
                    continue
                if c in DATE_COLUMNS and not valid_date(str(v)):
                    problems.append('%s: %s %r is not a date' % (where, c, v))
                if c in PERCENT_COLUMNS and not 0 <= float(v) <= 100:
                    problems.append('%s: %s %r outside 0-100' % (where, c, v))
            if r.get('min_percent') is not None and r.get('max_percent') is not None \
                    and r['min_percent'] > r['max_percent']:
                problems.append('%s: min_percent above max_percent' % where)

    for row in db.execute("""SELECT period_start, period_end, COALESCE(parent_domain,''),
                                    COALESCE(share_of,''), SUM(share_percent)
                             FROM funding_total WHERE share_percent IS NOT NULL
                             GROUP BY 1,2,3,4 HAVING SUM(share_percent) > 100.5"""):
        problems.append('shares over 100: %r' % (row,))

    views = [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type='view' ORDER BY name")]
    view_counts = {}
    for v in views:
        try:
            view_counts[v] = db.execute('SELECT COUNT(*) FROM %s' % v).fetchone()[0]
        except sqlite3.Error as e:
            problems.append('view %s: %s' % (v, e))

    print('Loaded %d scripts.' % len(scripts))
    print('\nRows per table:')
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name")]
    for t in tables:
        print('  %-20s %5d' % (t, db.execute('SELECT COUNT(*) FROM %s' % t).fetchone()[0]))
    print('\nRows per view:')
    for v in views:
        print('  %-20s %5s' % (v, view_counts.get(v, 'ERR')))
    print('\nEvents per category:')
    for cat, n in db.execute('SELECT category, COUNT(*) FROM event GROUP BY 1 ORDER BY 1'):
        print('  %-20s %5d' % (cat, n))
    print('\nKey figures per family:')
    for fam, n in db.execute('SELECT family, COUNT(*) FROM key_figure GROUP BY 1 ORDER BY 1'):
        print('  %-20s %5d' % (fam, n))
    print('\nFact rows per source and status:')
    for t in FACT_TABLES:
        for sid, st, n in db.execute('SELECT source_id, status, COUNT(*) FROM %s GROUP BY 1,2' % t):
            if args.verbose:
                print('  %-20s source %s %-8s %4d' % (t, sid, st, n))
    total = {}
    for t in FACT_TABLES:
        for sid, st, n in db.execute('SELECT source_id, status, COUNT(*) FROM %s GROUP BY 1,2' % t):
            total[(sid, st)] = total.get((sid, st), 0) + n
    for (sid, st), n in sorted(total.items()):
        print('  source %s %-8s %4d' % (sid, st, n))

    if problems:
        print('\n%d PROBLEM(S):' % len(problems))
        for p in problems:
            print('  ' + p)
        return 1
    print('\nAll checks passed: integrity, foreign keys, quotes, provenance, dates, percentages, shares, views.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
