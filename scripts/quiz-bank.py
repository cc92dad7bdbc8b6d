#!/usr/bin/env python3
"""Turns ../shared/design/quiz-bank.md into src/lib/quiz/bank.json (run once; the JSON is committed).

The markdown is the curated source (quotes, answers, tags); this keeps its words and structure and
adds nothing: links and explanations per tag live in src/lib/quiz/links.ts.
"""
import json, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else '../shared/design/quiz-bank.md'
out = sys.argv[2] if len(sys.argv) > 2 else 'src/lib/quiz/bank.json'
text = open(src, encoding='utf-8').read()
blocks = re.split(r'\n(?=\*\*[QP]\d+\*\*)', text)
KINDS = {'single choice': 'single', 'multiple choice': 'multiple', 'true/false': 'trueFalse',
         'fill in the blank': 'fill', 'short answer': 'short', 'term definition': 'definition'}

CJK = r'[\u4e00-\u9fff（）“”]'

def full_width(zh):
    # The source is OCR'd with ASCII punctuation; Chinese prose takes full-width marks.
    zh = re.sub(r',\s*', '，', zh)
    zh = re.sub(r'(?<=' + CJK + r')\?|\?(?=\s*$)', '？', zh)
    zh = re.sub(r'(?<=' + CJK + r'):\s*', '：', zh)
    zh = re.sub(r'(?<=' + CJK + r');\s*', '；', zh)
    zh = re.sub(r'(?<=' + CJK + r')!', '！', zh)
    zh = zh.replace('( )', '（  ）')
    zh = re.sub(r'"([^"]*)"', '“\\1”', zh)
    return zh

def split_option(key, body):
    m = re.match(r'^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$', body)
    if m and not re.search(r'[\u4e00-\u9fff]', body):
        return {'key': key, 'zh': body.strip(), 'en': body.strip()}
    if m:
        zh, gloss = m.group(1).strip(), m.group(2).strip()
        # "68+QQ号码 (QQ number)": the gloss translates the Chinese part only.
        en = re.sub(r'[A-Za-z]*[\u4e00-\u9fff]+', gloss, zh, count=1) if re.match(r'^[^\u4e00-\u9fff]', zh) else gloss
        return {'key': key, 'zh': zh, 'en': en}
    return {'key': key, 'zh': body.strip(), 'en': body.strip()}

questions = []
for block in blocks:
    head = re.match(r'\*\*([QP]\d+)\*\* · (.*)', block)
    if not head:
        continue
    qid, rest = head.group(1), head.group(2)
    parts = [p.strip() for p in rest.split(' · ')]
    tag = re.search(r'`([^`]+)`', rest).group(1)
    if qid.startswith('P'):
        kind, line = 'case', re.sub(r'^basis ', '', parts[-1])
    else:
        line = parts[0]
        kind = next((KINDS[p] for p in parts if p in KINDS), 'trueFalse')
    lines = block.split('\n')[1:]
    q = {'id': qid, 'line': line, 'kind': kind, 'tag': tag}
    i = 0
    answer_lines = []
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('- ZH: '):
            q['zh'] = ln[6:].strip()
        elif ln.startswith('- EN: '):
            q['en'] = ln[6:].strip()
        elif ln.startswith('- Options:'):
            inline = ln[len('- Options:'):].strip()
            opts = []
            if inline:
                for chunk in re.split(r',\s*(?=[A-F]\.\s)', inline):
                    m = re.match(r'([A-F])\.\s*(.*)', chunk.strip())
                    opts.append(split_option(m.group(1), m.group(2).replace('\\*', '*')))
            else:
                while i + 1 < len(lines) and re.match(r'\s+- [A-F]\. ', lines[i + 1]):
                    i += 1
                    m = re.match(r'\s+- ([A-F])\.\s*(.*)', lines[i])
                    opts.append(split_option(m.group(1), m.group(2)))
            q['options'] = opts
        elif ln.startswith('- Answer'):
            answer_lines.append(ln[2:].strip())
            while i + 1 < len(lines) and (lines[i + 1].startswith('  ') or re.match(r'^\d+\. ', lines[i + 1])):
                i += 1
                answer_lines.append(lines[i].strip())
        i += 1
    answer_text = '\n'.join(answer_lines)
    q['answerText'] = re.sub(r'^Answer( \(source[^)]*\)| \*\(proposed\)\*| \(source fact\))?[,:]?\s*', '', answer_text)
    q['proposed'] = '(proposed)' in answer_text
    bold = re.search(r'\*\*([^*]+)\*\*', answer_text)
    if kind in ('single', 'multiple') and bold:
        q['keys'] = [re.match(r'[A-F]', k.strip()).group(0) for k in bold.group(1).split(',')]
    elif kind == 'trueFalse' and bold:
        q['truth'] = bold.group(1).startswith('True')
    elif bold:
        q['answer'] = bold.group(1).strip()
    q['zh'] = full_width(q['zh'])
    for o in q.get('options', []):
        o['zh'] = full_width(o['zh'])
    questions.append(q)

for q in questions:
    assert 'zh' in q and 'en' in q, q['id']
    if q['kind'] in ('single', 'multiple'):
        assert q.get('options') and q.get('keys'), q['id']
        assert all(k in [o['key'] for o in q['options']] for k in q['keys']), q['id']
    if q['kind'] == 'trueFalse':
        assert 'truth' in q, q['id']
json.dump(questions, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(questions), 'questions;', sum(q['tag'] != 'off-model' for q in questions), 'on the model')
