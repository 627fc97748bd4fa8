"""Print serde-derived mirrors of generated types, for the decode benchmark's baseline
(`tests/benches/decode.rs`): the same structs with the same fields, field types and wire
names, read and written by `#[derive(Serialize, Deserialize)]` instead of the generator's
emission. Text enums become derived enums with an untagged `Other(String)`.

    python3 scripts/derive-mirror.py tests/src/openapi/github_issues/types.rs Root... > out.rs

Only the types reachable from the named roots are printed, in the order of the input.
"""
import re
import sys

src, roots = sys.argv[1], sys.argv[2:]
text = open(src, encoding='utf-8').read()

structs = {m.group(1): m.group(2) for m in re.finditer(r'^pub struct (\w+) \{\n(.*?)^\}', text, re.M | re.S)}
enums = {}
for m in re.finditer(r'^impl ::std::convert::From<&str> for (\w+) \{.*?match value \{\n(.*?)\n\s*other =>', text, re.M | re.S):
    enums[m.group(1)] = re.findall(r'"((?:[^"\\]|\\.)*)" => Self::(\w+),', m.group(2))
order = [m.group(1) for m in re.finditer(r'^pub (?:struct|enum) (\w+)', text, re.M)]


def clean(ty):
    ty = re.sub(r'\s+', ' ', ty).strip()
    for long, short in (('::std::option::Option', 'Option'), ('::std::vec::Vec', 'Vec'),
                        ('::std::string::String', 'String'), ('super::types::', ''),
                        ('::chat_clients_runtime::serde_json::Value', 'Value'),
                        ('::serde_json::Value', 'Value'),
                        ('::std::collections::BTreeMap', 'BTreeMap')):
        ty = ty.replace(long, short)
    return ty.replace('< ', '<').replace(' >', '>').replace(', >', '>').replace(',>', '>')


def fields(body):
    out, attrs = [], []
    for m in re.finditer(r'(#\[serde\((.*?)\)\]\s*)|pub (\w+): (.*?),\n(?=\s*(?:///|#\[|pub |\Z))', body + '\n', re.S):
        if m.group(1):
            attrs.append(m.group(2))
        elif m.group(3):
            out.append((m.group(3), clean(m.group(4)), attrs))
            attrs = []
    return out


def used(ty):
    return [t for t in re.findall(r'\b([A-Z]\w*)\b', ty) if t in structs or t in enums]


keep, todo = [], list(roots)
while todo:
    t = todo.pop()
    if t in keep:
        continue
    keep.append(t)
    if t in structs:
        todo += [u for _, ty, _ in fields(structs[t]) for u in used(ty)]

print(f'// Printed by `scripts/derive-mirror.py {src} {" ".join(roots)}`: do not edit.')
for t in (t for t in order if t in keep):
    if t in enums:
        print('#[derive(Serialize, Deserialize)]')
        print(f'pub enum {t} {{')
        for wire, variant in enums[t]:
            print(f'    #[serde(rename = "{wire}")]')
            print(f'    {variant},')
        print('    #[serde(untagged)]')
        print('    Other(String),')
        print('}')
        continue
    print('#[derive(Serialize, Deserialize)]')
    print(f'pub struct {t} {{')
    for name, ty, attrs in fields(structs[t]):
        serde = []
        for a in attrs:
            if a.startswith('rename'):
                serde.append(a)
            elif 'skip_serializing_if' in a:
                serde += ['default', 'skip_serializing_if = "Option::is_none"']
                if ty.startswith('Option<Option<'):
                    serde.append('with = "chat_clients::runtime::double_option"')
            elif a == 'flatten':
                serde.append(a)
            else:
                sys.exit(f'{t}.{name}: attribute `{a}` not mirrored')
        if serde:
            print(f'    #[serde({", ".join(serde)})]')
        print(f'    pub {name}: {ty},')
    print('}')
