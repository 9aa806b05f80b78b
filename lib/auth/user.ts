/** A signed-in person, as the session, sign-in and single sign-on know them. */
export type SessionUser = { id: string; email: string; name: string };
