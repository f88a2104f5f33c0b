-- Webhook targets on a private network (loopback, RFC 1918, link-local, …)
-- are refused, at save and at each delivery, unless an administrator allows
-- it for that webhook (docs/webhooks.md, "Where notices may go").

ALTER TABLE webhooks ADD COLUMN allow_private_network INTEGER NOT NULL DEFAULT 0 CHECK (allow_private_network IN (0, 1));
