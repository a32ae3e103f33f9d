"""CodeCommit repositories: the full history of every repository, by cloning a mirror.

The clone URL comes from ``Options.codecommit_clone_url`` (``{region}``, ``{name}``, ``{account}``
are filled in), so the audit can read mirrors elsewhere, and tests use local bare repositories.
Listing goes through ``Options.codecommit_lister`` when set (moto has no ListRepositories).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from typing import Iterator

from credgate.audit.base import Context, Item, Produced, paginate
from credgate.models import Fragment, Skip
from credgate.records import replace
from credgate.sources.git.history import iter_history
from credgate.sources.git.mirror import mirror_clone

NAME = "codecommit"
SERVICE = "codecommit"
RESOURCE_TYPE = "AWS::CodeCommit::Repository"


def list_repositories(ctx: Context) -> list[str]:
    lister = getattr(ctx.options, "codecommit_lister", None)
    if lister is not None:
        return list(lister(ctx))
    cc = ctx.client("codecommit")
    return [r["repositoryName"] for r in paginate(cc, "list_repositories", "repositories")]


# the AWS CLI's credential helper answers for CodeCommit's HTTPS URLs (IAM credentials, no stored password)
_CODECOMMIT_HELPER = (("credential.helper", "!aws codecommit credential-helper $@"), ("credential.UseHttpPath", "true"))


def clone(url: str, dest: str) -> "str | None":
    """Mirror-clone ``url`` into ``dest``; None on success, else a one-line error."""
    return mirror_clone(url, dest, config=_CODECOMMIT_HELPER if url.startswith("https://git-codecommit.") else ())


def collect(ctx: Context) -> Iterator[Produced]:
    for name in list_repositories(ctx):
        arn = ctx.arn("codecommit", name)
        url = ctx.options.codecommit_clone_url.format(region=ctx.region, name=name, account=ctx.account)
        tmp = tempfile.mkdtemp(prefix="credgate-cc-", dir=ctx.options.workdir)
        try:
            dest = os.path.join(tmp, f"{name}.git")
            err = clone(url, dest)
            if err is not None:
                yield Skip(arn, "clone-failed", err[:300])
                continue
            for it in iter_history(dest, location_prefix=arn):
                if isinstance(it, Skip):
                    yield replace(it, path=arn if it.path == dest else it.path)
                    continue
                frag: Fragment = it
                commit = (frag.commit or "")[:12]
                detail = f"{arn} {frag.path}" + (f" @ {commit}" if commit else "")
                f2 = replace(frag, path=f"{arn}!{frag.path}", location_detail=detail)
                yield Item(arn=arn, resource_type=RESOURCE_TYPE, kind="codecommit", field=frag.path, data=frag.data,
                           region=ctx.region, account=ctx.account, path=f2.path, fragment=f2)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
