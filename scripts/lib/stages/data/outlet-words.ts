/**
 * Words that end the name of a news outlet, and the outlet words that name none, for reading
 * bylines and news datelines (电头) — in both scripts.
 *
 * Provenance: the outlet names of the archive's own sources (新甘肃·甘肃日报, 中国日报, 甘肃日报社)
 * and of the mainland, Hong Kong and Taiwan press as datelines and source lines print them: news
 * agencies (新华社, 中新社, 中央社), newspapers (人民日报, 大公報), portals (人民网, 中新网, 央视网,
 * 中国日报网), broadcasters (总台, 甘肃广播电视台, 央视新闻) and magazines (…刊). 本报, 本刊, 本台,
 * 本网 (“this paper / magazine / station / site”) are how an outlet names itself in its own pages:
 * the outlet is whatever the page's masthead or source line says, never the word 本报.
 */

/** Endings of an outlet's name, longest first so a regular expression prefers them. */
export const outletEndings: readonly string[] = ['新闻', '新聞', '报', '報', '社', '网', '網', '台', '刊'];

/** Outlet words that refer to the page's own outlet without naming it. */
export const deicticOutlets: readonly string[] = ['本报', '本報', '本刊', '本台', '本网', '本網', '本社'];
