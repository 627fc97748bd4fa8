//! The price of the generated decoder, measured on the generated crate's own types: each
//! input is read by the generated type and by a serde-derived mirror of the same fields
//! (`mirror`, written here), from the same JSON text, and the same values written back
//! (encoding). The inputs:
//!
//! - `weavy_messages_2000`: a list of 2,000 Weavy `Message`s (the doc's `get_message`
//!   answer, ids varied; 18 members, three lists of open objects);
//! - `tada_teams_200`: a list of 200 Tada `Team`s (the doc's `get_teams` answer), a type of
//!   three levels (`Team` → `Unread` → `ChatsMessages`, `Team` → `Me` → `Icon`);
//! - `nexus_instances_500`: a page of 500 Oxide Nexus `Instance`s (`InstanceResultsPage`,
//!   the generated test client of `tests/src/openapi/nexus`; the document has no example,
//!   so a realistic one: every member present);
//! - `github_issues_500`: 500 GitHub issues as `issues/list-for-repo` answers them (five
//!   pages of 100), the generated test client of `tests/src/openapi/github_issues` (GitHub's
//!   description cut to that operation by `github/trim.py`): the description's example issue,
//!   varied as real lists are (no assignee or milestone on half, no body on a fifth, 0–3 labels,
//!   a pull request link on a quarter).
//!
//! The machine is shared and its load drifts: each iteration decodes once with the measured
//! decoder and once with the other, in alternating order, and times only its own, so both
//! see the same load.
//!
//! `cargo bench -p chatgen-tests --bench decode`
#![allow(missing_docs)] // `criterion_group!` defines an undocumented `pub fn benches`

use std::cell::Cell;
use std::hint::black_box;
use std::time::{Duration, Instant};

use chatgen_codegen::spec::ExampleOf;
use chatgen_tests::{example, instantiate, spec};
use criterion::{Criterion, criterion_group, criterion_main};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// The generated types again, with serde's derive (same fields, same wire names).
mod mirror {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Serialize};
    use serde_json::Value;

    #[derive(Serialize, Deserialize)]
    pub struct Message {
        pub id: i64,
        pub app_id: i64,
        pub text: String,
        pub html: String,
        pub plain: String,
        pub attachment_count: i64,
        pub attachments: Vec<BTreeMap<String, Value>>,
        pub embed_id: i64,
        pub meeting_id: i64,
        pub option_count: i64,
        pub options: Vec<BTreeMap<String, Value>>,
        pub reactions: Vec<BTreeMap<String, Value>>,
        pub tags: Vec<String>,
        pub created_at: String,
        pub created_by_id: i64,
        pub modified_at: String,
        pub modified_by_id: i64,
        pub is_trashed: bool,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Team {
        pub bad_profile: bool,
        pub can_add_to_team: bool,
        pub can_manage_integrations: bool,
        pub can_manage_sections: bool,
        pub changeable_statuses: Vec<String>,
        pub default_task_deadline: String,
        pub icons: Icon,
        pub last_active: bool,
        pub max_message_update_age: i64,
        pub me: Me,
        pub name: String,
        pub need_confirmation: bool,
        pub uid: String,
        pub unread: Unread,
        pub uploads_size: i64,
        pub uploads_size_limit: i64,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Me {
        pub alt_send: bool,
        pub can_add_to_group: bool,
        pub can_create_task: bool,
        pub can_delete: bool,
        pub changeable_fields: Vec<String>,
        pub contact_email: String,
        pub contact_mshort_view: bool,
        pub contact_phone: String,
        pub contact_short_view: bool,
        pub contact_show_archived: bool,
        pub debug_show_activity: bool,
        pub default_lang: Option<Value>,
        pub display_name: String,
        pub family_name: String,
        pub given_name: String,
        pub group_mshort_view: bool,
        pub group_notifications_enabled: bool,
        pub group_short_view: bool,
        pub icons: Icon,
        pub jid: String,
        pub last_activity: Option<Value>,
        pub role: String,
        pub sections: Vec<Value>,
        pub status: String,
        pub task_mshort_view: bool,
        pub task_notifications_enabled: bool,
        pub task_short_view: bool,
        pub unread_first: bool,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Icon {
        pub stub: String,
    }

    #[derive(Serialize, Deserialize)]
    pub struct Unread {
        pub direct: ChatsMessages,
        pub group: ChatsMessages,
        pub task: ChatsMessages,
    }

    #[derive(Serialize, Deserialize)]
    pub struct ChatsMessages {
        pub chats: i64,
        pub messages: i64,
    }

    /// Nexus's text enums, as the generator writes them: a value it does not list is kept.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum InstanceState {
        Creating,
        Starting,
        Running,
        Stopping,
        Stopped,
        Rebooting,
        Migrating,
        Repairing,
        Failed,
        Destroyed,
        #[serde(untagged)]
        Other(String),
    }

    #[derive(Serialize, Deserialize)]
    pub struct Instance {
        pub description: String,
        pub hostname: String,
        pub id: String,
        pub memory: u64,
        pub name: String,
        pub ncpus: i64,
        pub project_id: String,
        pub run_state: InstanceState,
        pub time_created: String,
        pub time_modified: String,
        pub time_run_state_updated: String,
    }

    #[derive(Serialize, Deserialize)]
    pub struct InstanceResultsPage {
        pub items: Vec<Instance>,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "chat_clients::runtime::double_option"
        )]
        pub next_page: Option<Option<String>>,
    }
}

/// GitHub's issues: the generated types mirrored with serde's derive (same fields, same
/// types, same wire names), printed by `scripts/derive-mirror.py`.
#[path = "decode/github.rs"]
mod github;

/// The time spent in each side of a pair, over every run of both benches of a group: their
/// ratio is paired (each run of one beside a run of the other, under the same load), so it
/// holds where the machine's load drifts between the two benches' samples.
#[derive(Default)]
struct Paired {
    generated: Cell<Duration>,
    derived: Cell<Duration>,
}

impl Paired {
    fn add(&self, generated: Duration, derived: Duration) {
        self.generated.set(self.generated.get() + generated);
        self.derived.set(self.derived.get() + derived);
    }

    /// Prints `paired <group>: generated / derived = <ratio>`, read by
    /// `scripts/bench-decode.sh`.
    fn report(&self, group: &str) {
        // (A group a filter left out ran nothing.)
        if self.derived.get().is_zero() {
            return;
        }
        let ratio = self.generated.get().as_secs_f64() / self.derived.get().as_secs_f64();
        println!("paired {group}: generated / derived = {ratio:.3}");
    }
}

/// `iters` runs of `measured`, each beside one run of `other` (before it on even rounds,
/// after it on odd ones); the time spent in each.
fn interleaved<A, B>(
    iters: u64,
    measured: impl Fn() -> A,
    other: impl Fn() -> B,
) -> (Duration, Duration) {
    let (mut spent, mut beside) = (Duration::ZERO, Duration::ZERO);
    for i in 0..iters {
        if i % 2 == 0 {
            let start = Instant::now();
            black_box(other());
            beside += start.elapsed();
        }
        let start = Instant::now();
        black_box(measured());
        spent += start.elapsed();
        if i % 2 == 1 {
            let start = Instant::now();
            black_box(other());
            beside += start.elapsed();
        }
    }
    (spent, beside)
}

/// Benches decoding `json` as `G` (generated) and `M` (mirror), then encoding both, after
/// checking that both read the same value (each written back gives the same JSON).
fn pair<G, M>(c: &mut Criterion, name: &str, json: &str)
where
    G: DeserializeOwned + Serialize,
    M: DeserializeOwned + Serialize,
{
    let g: G = serde_json::from_str(json).unwrap();
    let m: M = serde_json::from_str(json).unwrap();
    let (gv, mv) = (
        serde_json::to_value(&g).unwrap(),
        serde_json::to_value(&m).unwrap(),
    );
    assert_eq!(
        gv, mv,
        "{name}: the generated type and its mirror read different values"
    );
    assert_eq!(
        gv,
        serde_json::from_str::<Value>(json).unwrap(),
        "{name}: a value was lost"
    );
    drop((g, m, gv, mv));
    let generated = || serde_json::from_str::<G>(json).unwrap();
    let derived = || serde_json::from_str::<M>(json).unwrap();
    sides_group(
        c,
        &format!("decode_{name}"),
        Some(json.len() as u64),
        |iters, measured| sides(iters, measured, generated, derived),
    );
    // Encoding: where the values' strings lie in the heap weighs as much as the code (the
    // value decoded second, in fresher memory, encoded up to 1.3 times as fast, either way
    // round). Each sample decodes both values anew, in alternating order, outside the time.
    let round = Cell::new(0_u32);
    let fresh = || {
        round.set(round.get() + 1);
        if round.get().is_multiple_of(2) {
            let g: G = serde_json::from_str(json).unwrap();
            (g, serde_json::from_str::<M>(json).unwrap())
        } else {
            let m: M = serde_json::from_str(json).unwrap();
            (serde_json::from_str::<G>(json).unwrap(), m)
        }
    };
    sides_group(c, &format!("encode_{name}"), None, |iters, measured| {
        let (g, m) = fresh();
        sides(
            iters,
            measured,
            || serde_json::to_vec(&g).unwrap(),
            || serde_json::to_vec(&m).unwrap(),
        )
    });
}

/// `iters` runs of each side, one beside the other, the generated one measured when
/// `measured` is `Generated`: the (generated, derived) times.
fn sides<A, B>(
    iters: u64,
    measured: Side,
    generated: impl Fn() -> A,
    derived: impl Fn() -> B,
) -> (Duration, Duration) {
    match measured {
        Side::Generated => interleaved(iters, generated, derived),
        Side::Derived => {
            let (d, g) = interleaved(iters, derived, generated);
            (g, d)
        }
    }
}

/// Which side of a pair a bench times.
#[derive(Clone, Copy)]
enum Side {
    Generated,
    Derived,
}

/// A group of two benches, `generated` and `serde_derive`, each timing its side with
/// `run` (which gives both sides' times), and the group's paired ratio.
fn sides_group(
    c: &mut Criterion,
    name: &str,
    bytes: Option<u64>,
    run: impl Fn(u64, Side) -> (Duration, Duration),
) {
    let mut group = c.benchmark_group(name);
    if let Some(bytes) = bytes {
        group.throughput(criterion::Throughput::Bytes(bytes));
    }
    let paired = Paired::default();
    for (id, side) in [
        ("generated", Side::Generated),
        ("serde_derive", Side::Derived),
    ] {
        group.bench_function(id, |b| {
            b.iter_custom(|iters| {
                let (g, d) = run(iters, side);
                paired.add(g, d);
                match side {
                    Side::Generated => g,
                    Side::Derived => d,
                }
            })
        });
    }
    group.finish();
    paired.report(name);
}

/// 2,000 Weavy messages: the doc's `get_message` answer, ids varied.
fn weavy_messages() -> String {
    let one = instantiate(&example(&spec("weavy"), "get_message", ExampleOf::Response));
    let list: Vec<Value> = (0..2000)
        .map(|i| {
            let mut m = one.clone();
            m["id"] = json!(i);
            m["text"] = json!(format!("message number {i}"));
            m
        })
        .collect();
    serde_json::to_string(&list).unwrap()
}

/// 200 Tada teams: the doc's `get_teams` answer (its `result`), names varied.
fn tada_teams() -> String {
    let answer = example(&spec("tada"), "get_teams", ExampleOf::Response);
    let one = answer["result"][0].clone();
    assert!(one.is_object(), "{answer}");
    let list: Vec<Value> = (0..200)
        .map(|i| {
            let mut t = one.clone();
            t["uid"] = json!(format!("team-{i}"));
            t["unread"]["direct"]["messages"] = json!(i);
            t
        })
        .collect();
    serde_json::to_string(&list).unwrap()
}

/// A page of 500 Nexus instances, every member present (the document has no example).
fn nexus_instances() -> String {
    let states = ["running", "stopped", "starting", "failed"];
    let items: Vec<Value> = (0..500)
        .map(|i| {
            json!({
                "description": format!("instance number {i} of the web tier"),
                "hostname": format!("web-{i}"),
                "id": format!("1c1b4e8a-3a36-4b8e-8f0c-{i:012}"),
                "memory": 8_589_934_592_u64,
                "name": format!("web-{i}"),
                "ncpus": 4,
                "project_id": "0b4d3c2a-1111-4e5f-9a8b-000000000001",
                "run_state": states[i % states.len()],
                "time_created": "2024-11-02T10:20:30.123456Z",
                "time_modified": "2024-11-02T10:20:30.123456Z",
                "time_run_state_updated": "2024-12-01T08:00:01.5Z",
            })
        })
        .collect();
    serde_json::to_string(&json!({"items": items, "next_page": "bmV4dA"})).unwrap()
}

/// 500 GitHub issues (five pages of `issues/list-for-repo`): the description's example
/// issue, varied as real lists are.
fn github_issues() -> String {
    let doc: Value = serde_json::from_str(include_str!(
        "../fixtures/corpus/openapi/github/issues-list-for-repo.json"
    ))
    .unwrap();
    let one = &doc["components"]["examples"]["issue-simple-items"]["value"][0];
    assert!(one.is_object(), "{doc}");
    let label = one["labels"][0].clone();
    let associations = [
        "COLLABORATOR",
        "CONTRIBUTOR",
        "NONE",
        "MEMBER",
        "FIRST_TIMER",
    ];
    let list: Vec<Value> = (0..500)
        .map(|i| {
            let mut issue = one.clone();
            issue["id"] = json!(1_000_000 + i);
            issue["number"] = json!(i);
            issue["title"] = json!(format!("Found a bug number {i}"));
            issue["comments"] = json!(i % 17);
            issue["author_association"] = json!(associations[i % associations.len()]);
            if i % 2 == 1 {
                issue["assignee"] = Value::Null;
                issue["assignees"] = json!([]);
                issue["milestone"] = Value::Null;
            }
            // (The description gives `body` as an optional string: a `null` one is read
            // as absent by both and written back absent, which the check above would call
            // a lost value.)
            if i % 5 == 0 {
                issue.as_object_mut().unwrap().remove("body");
            }
            issue["labels"] = Value::Array(vec![label.clone(); i % 4]);
            if i % 4 != 0 {
                issue.as_object_mut().unwrap().remove("pull_request");
            }
            if i % 3 == 0 {
                issue["state"] = json!("closed");
                issue["closed_at"] = json!("2011-04-22T13:33:48Z");
                issue["active_lock_reason"] = Value::Null;
            }
            issue
        })
        .collect();
    serde_json::to_string(&list).unwrap()
}

fn bench(c: &mut Criterion) {
    use chat_clients::{tada, weavy};
    use chatgen_tests::openapi::{github_issues, nexus};
    pair::<Vec<weavy::types::Message>, Vec<mirror::Message>>(
        c,
        "weavy_messages_2000",
        &weavy_messages(),
    );
    pair::<Vec<tada::types::Team>, Vec<mirror::Team>>(c, "tada_teams_200", &tada_teams());
    pair::<nexus::types::InstanceResultsPage, mirror::InstanceResultsPage>(
        c,
        "nexus_instances_500",
        &nexus_instances(),
    );
    pair::<Vec<github_issues::types::IssueSimple>, Vec<github::IssueSimple>>(
        c,
        "github_issues_500",
        &github_issues(),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
