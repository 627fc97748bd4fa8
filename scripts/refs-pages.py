#!/usr/bin/env python3
"""The refs/ corpus pages: where each came from, and putting them back byte-exact.

The pages of `tests/fixtures/corpus/refs/<folder>/` are vendors' files and are not committed
(see refs/INDEX.md); `tests/fixtures/corpus/refs/pages.tsv` names, for every page, its
repository, full commit, path and SHA-256, and how it was got (`git`: `git show
<commit>:<path>` of the repository; `read_file`: a stored version of the look-up index).

    python3 scripts/refs-pages.py check              # which pages are present, right, missing
    python3 scripts/refs-pages.py repos              # repositories still needed (missing pages)
    python3 scripts/refs-pages.py restore DIR...     # put back missing pages from bare git dirs
                                                     # or clones (any DIR holding the commit)

`restore` looks for each missing page's commit in every DIR given (each a bare repository
or a work tree; for a folder of mirrors, pass them all, e.g. `/work/.mirror/*/repo`), writes
the blob and checks its SHA-256. It never overwrites a present page. A DIR whose path names
its repository as `owner+name` (as `/work/.mirror/owner+name/repo` does) is tried first for
that repository's pages.
"""
import hashlib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REFS = os.path.join(HERE, '..', 'tests', 'fixtures', 'corpus', 'refs')
MANIFEST = os.path.join(REFS, 'pages.tsv')


def rows():
    with open(MANIFEST, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.rstrip('\n').split('\t')
            if len(cells) != 7:
                sys.exit(f'{MANIFEST}:{n}: expected 7 tab-separated cells, found {len(cells)}')
            yield dict(zip(['folder', 'page', 'repo', 'commit', 'path', 'sha256', 'via'], cells))


def digest(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def target(r):
    return os.path.join(REFS, r['folder'], r['page'])


def check():
    ok = missing = wrong = 0
    for r in rows():
        t = target(r)
        if not os.path.exists(t):
            missing += 1
        elif digest(t) != r['sha256']:
            wrong += 1
            print(f'differs: {r["folder"]}/{r["page"]}')
        else:
            ok += 1
    print(f'{ok} pages right, {wrong} differ, {missing} missing')
    return 1 if wrong else 0


def repos():
    need = {}
    for r in rows():
        if not os.path.exists(target(r)):
            need.setdefault((r['repo'], r['via']), set()).add(r['commit'])
    for (repo, via), commits in sorted(need.items()):
        print(f'{repo}\t{via}\t{" ".join(sorted(commits))}')
    return 0


def show(gitdir, commit, path):
    p = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{commit}:{path}'],
                       capture_output=True)
    return p.stdout if p.returncode == 0 else None


def restore(dirs):
    gitdirs = []
    for d in dirs:
        g = os.path.join(d, '.git')
        gitdirs.append(g if os.path.isdir(g) else d)
    # A mirror folder named after its repository (`/work/.mirror/owner+name/repo`) is tried
    # first for that repository's pages, so a folder of hundreds of mirrors costs one `git
    # show` per page rather than one per mirror.
    named = {}
    for g in gitdirs:
        for part in os.path.normpath(g).split(os.sep):
            if '+' in part:
                named.setdefault(part.replace('+', '/', 1).lower(), g)
    put = left = bad = 0
    for r in rows():
        t = target(r)
        if os.path.exists(t):
            continue
        own = named.get(r['repo'].lower())
        for g in ([own] if own else []) + [g for g in gitdirs if g != own]:
            blob = show(g, r['commit'], r['path'])
            if blob is None:
                continue
            if hashlib.sha256(blob).hexdigest() != r['sha256']:
                bad += 1
                print(f'sha256 differs, not written: {r["folder"]}/{r["page"]} from {g}')
                break
            os.makedirs(os.path.dirname(t), exist_ok=True)
            with open(t, 'wb') as f:
                f.write(blob)
            put += 1
            break
        else:
            left += 1
    print(f'{put} pages written, {left} still missing, {bad} refused')
    return 1 if bad else 0


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ('check', 'repos', 'restore'):
        print(__doc__)
        return 2
    if sys.argv[1] == 'check':
        return check()
    if sys.argv[1] == 'repos':
        return repos()
    return restore(sys.argv[2:])


if __name__ == '__main__':
    sys.exit(main())
