-- A branch's token can be revoked (saduak-central revoke-branch): then it opens nothing, and the
-- branch's rows stay. NULL: not revoked. rotate-branch-token gives the branch a new token and
-- clears it, which is also how a revoked branch is let in again (docs/deployment.md, "Branch
-- tokens").
ALTER TABLE branch ADD COLUMN revoked_at_ms BIGINT;
