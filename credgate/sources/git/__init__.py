"""Git as a source of fragments: staged changes, commit ranges, pushes, full histories.

Every git read in credgate goes through this package:

* :mod:`.run`: :func:`~.run.git`, :class:`~.run.GitError`, the clean environment, path unquoting;
* :mod:`.patch`: :class:`~.patch.FileChange` / :class:`~.patch.CommitChanges` and the raw/patch parsers;
* :mod:`.blobs`: :class:`~.blobs.BlobReader` (one ``git cat-file --batch`` pipe) and blob skips;
* :mod:`.changes`: the staged, range and push iterators;
* :mod:`.history`: :func:`~.history.open_repo`, the walk, per-path fragments;
* :mod:`.archived`: archives in history (:class:`~.archived.HistoryArchives`, handed to the walk);
* :mod:`.exposure`: :func:`~.exposure.refs_containing_many` and friends;
* :mod:`.blobcache`: blobs known clean, not read again;
* :mod:`.mirror`: :func:`~.mirror.mirror_clone` (`git clone --mirror` of a repository to audit, e.g. CodeCommit).

The package imports nothing itself: callers import the module they need, so the hook loads only its part.

Everything here is plain git plumbing through :mod:`subprocess` (no GitPython
on the hook path: it costs ~70 ms to import).  The design follows
``/work/shared/PERF_NOTES.md``:

* **staged**: one ``git rev-parse`` for the work tree's top and ``MERGE_HEAD``, one
  ``git diff --cached --raw -p -U0`` for the changed paths, their staged blob ids and
  the line numbers the commit adds, then one ``git cat-file --batch-command`` for the
  sizes and then the content of every staged blob (three processes per hook run).  The whole file
  is analysed (IaC context stays complete); findings are limited to added lines.
* **range / push**: one ``git log --raw -p -U0 --cc`` over the range, then one
  ``git cat-file --batch`` for the blobs.  Merge commits are read as dense
  combined diffs, so only what the merge itself introduces is attributed to it.
* **history**: each unique blob is read once.  One
  ``git log --all --raw -z --diff-merges=first-parent --root --topo-order --reverse``
  maps every blob to the first commit (and path, author, date) that put it in a
  tree; one ``git cat-file --batch-all-objects --batch-check --unordered`` gives
  pack order and sizes; one persistent ``git cat-file --batch`` streams the
  content.  Never a process per blob or per commit.

Fragments carry ``commit``/``author``/``date``/``blob_id`` and, for history, an
``extra`` with ``exposure`` ("worktree" when the blob is still in HEAD's tree,
else "history-only"), ``in_head`` and, with ``all_commits``, ``commits``.
"""
