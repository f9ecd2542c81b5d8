"""The Lua script behind workers.stories.assign (a Python string so every install has it)."""

SCRIPT = r"""
-- Assign a batch of articles to stories, atomically (workers.stories.assign explains why).
--
-- ARGV[1..12]: window_ms, min_jaccard, min_containment, containment_min_shingles,
--   update_growth, update_on_headline (1/0), sources_max, and the key prefixes of docs,
--   bands, exact identities, stories, and the story index key.
-- Then ARGV_PER_ARTICLE values per article: id, source, title, title_digest, url_digest,
--   text_digest, length, shingles, signature, bands (space-separated).
-- Returns, per article: {story_id, version, joined (1/0), update (1/0), other sources...}.

local window = tonumber(ARGV[1])
local min_jaccard = tonumber(ARGV[2])
local min_containment = tonumber(ARGV[3])
local containment_min = tonumber(ARGV[4])
local growth = tonumber(ARGV[5])
local on_headline = ARGV[6] == '1'
local sources_max = tonumber(ARGV[7])
local P_DOC, P_BAND, P_EXACT, P_STORY, STORIES = ARGV[8], ARGV[9], ARGV[10], ARGV[11], ARGV[12]
local FIRST, PER = 13, 10

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

-- doc value: "story_id \t version \t shingles \t" .. signature
local function parse_doc(doc)
  local a = string.find(doc, '\t', 1, true)
  local b = string.find(doc, '\t', a + 1, true)
  local c = string.find(doc, '\t', b + 1, true)
  return string.sub(doc, 1, a - 1), tonumber(string.sub(doc, a + 1, b - 1)),
    tonumber(string.sub(doc, b + 1, c - 1)), string.sub(doc, c + 1)
end

-- Estimated Jaccard (b-bit MinHash, 8 bits: chance agreement 1/256) and containment.
local function similarity(bytes, shingles, doc)
  local story, _, other_shingles, sig = parse_doc(doc)
  if #sig ~= #bytes or #bytes == 0 then return story, 0, 0 end
  local other, equal = {string.byte(sig, 1, -1)}, 0
  for i = 1, #bytes do
    if bytes[i] == other[i] then equal = equal + 1 end
  end
  local j = math.max(0, (equal / #bytes - 1 / 256) / (1 - 1 / 256))
  local smaller = math.min(shingles, other_shingles)
  local c = 0
  if smaller >= containment_min then
    c = j * (shingles + other_shingles) / ((1 + j) * smaller)
  end
  return story, j, c
end

local function find_story(a)
  for _, d in ipairs({a.url, a.text}) do
    if d ~= '' then
      local held = redis.call('GET', P_EXACT .. d)
      if held then return held end
    end
  end
  if a.sig == '' then return nil end
  local bytes, seen, best, best_j = {string.byte(a.sig, 1, -1)}, {}, nil, -1
  for token in string.gmatch(a.bands, '%S+') do
    local owner = redis.call('GET', P_BAND .. token)
    if owner and not seen[owner] then
      seen[owner] = true
      local doc = redis.call('GET', P_DOC .. owner)
      if doc then
        local story, j, c = similarity(bytes, a.shingles, doc)
        if (j >= min_jaccard or c >= min_containment) and j > best_j then
          best, best_j = story, j
        end
      end
    end
  end
  return best
end

local function new_story(a)
  local key = P_STORY .. a.id
  redis.call('HSET', key, 'title', a.title, 'first_seen', now, 'source', a.source,
    'article', a.id, 'version', 0, 'length', a.length, 'title_digest', a.title_digest,
    'articles', 0)
  redis.call('ZADD', STORIES, now, a.id)
  return a.id, 0, 0
end

-- A material update: the body grew enough, or the story's own source changed the headline.
local function join_story(a, story)
  local key = P_STORY .. story
  local rec = redis.call('HMGET', key, 'version', 'length', 'title_digest', 'source')
  if not rec[1] then  -- the record expired before its last copy: start it again
    redis.call('HSET', key, 'title', a.title, 'first_seen', now, 'source', a.source,
      'article', a.id, 'version', 0, 'length', a.length, 'title_digest', a.title_digest)
    redis.call('ZADD', STORIES, now, story)
    return story, 0, 0
  end
  local version = tonumber(rec[1])
  local grown = a.length >= tonumber(rec[2]) * (1 + growth) and a.length > tonumber(rec[2])
  local retitled = on_headline and a.title_digest ~= rec[3] and a.source == rec[4]
  if grown or retitled then
    version = redis.call('HINCRBY', key, 'version', 1)
    redis.call('HSET', key, 'length', a.length, 'title_digest', a.title_digest,
      'updated_title', a.title)
    return story, version, 1
  end
  return story, version, 0
end

local function remember(a, story, version)
  redis.call('SET', P_DOC .. a.id, story .. '\t' .. version .. '\t' .. a.shingles .. '\t' .. a.sig,
    'PX', window)
  for _, d in ipairs({a.url, a.text}) do
    if d ~= '' then redis.call('SET', P_EXACT .. d, story, 'NX', 'PX', window) end
  end
  for token in string.gmatch(a.bands, '%S+') do
    redis.call('SET', P_BAND .. token, a.id, 'NX', 'PX', window)
  end
  local sources = P_STORY .. story .. ':sources'
  local known = redis.call('ZCARD', sources)
  if known < sources_max then  -- scored by order of arrival
    redis.call('ZADD', sources, 'NX', known, a.source)
  end
  redis.call('HINCRBY', P_STORY .. story, 'articles', 1)
  redis.call('PEXPIRE', P_STORY .. story, window)
  redis.call('PEXPIRE', sources, window)
end

local function other_sources(a, story)
  local others = {}
  for _, source in ipairs(redis.call('ZRANGE', P_STORY .. story .. ':sources', 0, -1)) do
    if source ~= a.source then others[#others + 1] = source end
  end
  return others
end

local function assign(a)
  local doc = redis.call('GET', P_DOC .. a.id)
  if doc then  -- the same article again (a re-run job): the same answer
    local story, version = parse_doc(doc)
    return story, version, story ~= a.id and 1 or 0, 0, other_sources(a, story)
  end
  local story, version, update, joined = find_story(a), 0, 0, 0
  if story then
    joined = 1
    story, version, update = join_story(a, story)
  else
    story, version, update = new_story(a)
  end
  remember(a, story, version)
  return story, version, joined, update, other_sources(a, story)
end

redis.call('ZREMRANGEBYSCORE', STORIES, '-inf', now - window)
local out = {}
for i = FIRST, #ARGV, PER do
  local a = {
    id = ARGV[i], source = ARGV[i + 1], title = ARGV[i + 2], title_digest = ARGV[i + 3],
    url = ARGV[i + 4], text = ARGV[i + 5], length = tonumber(ARGV[i + 6]),
    shingles = tonumber(ARGV[i + 7]), sig = ARGV[i + 8], bands = ARGV[i + 9],
  }
  local story, version, joined, update, others = assign(a)
  local row = {story, version, joined, update}
  for _, source in ipairs(others) do row[#row + 1] = source end
  out[#out + 1] = row
end
redis.call('PEXPIRE', STORIES, window)
return out
"""
