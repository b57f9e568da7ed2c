-- Issue 17: the tsquery of a public search as one function of constants, so the planner computes it
-- once while planning and knows how many editions it matches.
--
-- A search of the originals in every language ORs the query of each configuration (the distinct ones
-- only, see lib/dal/public/search-match.ts). It was a scalar subquery, which the planner cannot look
-- into: it guessed that any word matches a handful of editions and always read them all through the
-- GIN index, 75 000 of them for a word in most releases at 100 000 releases, to keep the newest. As a
-- function declared immutable, called with constants, it is evaluated at planning time: a common word
-- then walks the (publishedAt, id) index down and stops at the newest matches, a rare one still uses
-- the GIN index. Immutable holds as long as the text search configurations named here do not change,
-- and they are created by PostgreSQL itself.
CREATE FUNCTION "search_tsquery"(p_configs text[], p_q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(DISTINCT '(' || t::text || ')', ' | ')::tsquery
  FROM unnest(p_configs) AS c(name), websearch_to_tsquery(c.name::regconfig, p_q) AS t
  WHERE numnode(t) > 0
$$;
