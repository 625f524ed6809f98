-- Partners embed the widgets; each has keys (publishable: browser-safe, bound to origins; secret: server only).
CREATE TABLE partners (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partner_keys (
  id               text PRIMARY KEY,
  partner_id       text NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('publishable', 'secret')),
  prefix           text NOT NULL,
  -- Only a hash of a secret key is kept; publishable keys are public anyway.
  key_hash         text NOT NULL UNIQUE,
  allowed_origins  text[] NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL DEFAULT now(),
  revoked_at       timestamptz
);
