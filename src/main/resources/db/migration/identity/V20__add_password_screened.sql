-- Whether the account's password is known not to be the published demo password: set with every
-- password that passed the password policy; the production start-up guard checks the others once
-- (bcrypt) and marks them, so it need not hash every account's password at every start.
alter table user_account add column password_screened boolean not null default false;
