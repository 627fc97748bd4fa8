//! The price of the generated decoder: the same nested types read from the same JSON (a list
//! of 100 objects, three levels deep, about 19 KB) by a serde-derived `Deserialize` and by
//! the member-by-member impls the generator writes (`runtime::de::Object`, which reads each
//! object into a `serde_json::Value` first), with parsing into a `Value` alone as the floor
//! of that approach. The generator chose the second for the generated crate's check time
//! (see the README's progenitor benchmark); this measures what it costs at run time.
//!
//! `cargo bench -p chatgen-tests --bench decode`
#![allow(missing_docs)] // `criterion_group!` defines an undocumented `pub fn benches`

use chat_clients::runtime::de::Object;
use criterion::{Criterion, criterion_group, criterion_main};
use serde::{Deserialize, Deserializer};

/// The types with serde's derive.
mod derived {
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Leaf {
        pub k: String,
        pub v: i64,
    }

    #[derive(Deserialize)]
    pub struct Middle {
        pub x: String,
        pub y: Option<f64>,
        pub leaf: Leaf,
    }

    #[derive(Deserialize)]
    pub struct Item {
        pub id: i64,
        pub name: String,
        pub middle: Middle,
        pub leaves: Vec<Leaf>,
        pub tags: Vec<String>,
        /// Absent, `null` or a value, as the generator's types keep them.
        #[serde(default, with = "chat_clients::runtime::double_option")]
        pub note: Option<Option<String>>,
    }
}

/// The same types with impls as the generator writes them.
mod generated {
    use super::*;

    pub struct Leaf {
        pub k: String,
        pub v: i64,
    }

    pub struct Middle {
        pub x: String,
        pub y: Option<f64>,
        pub leaf: Leaf,
    }

    pub struct Item {
        pub id: i64,
        pub name: String,
        pub middle: Middle,
        pub leaves: Vec<Leaf>,
        pub tags: Vec<String>,
        pub note: Option<Option<String>>,
    }

    impl<'de> Deserialize<'de> for Leaf {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let mut object = Object::read(deserializer)?;
            Ok(Self {
                k: object.required("k")?,
                v: object.required("v")?,
            })
        }
    }

    impl<'de> Deserialize<'de> for Middle {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let mut object = Object::read(deserializer)?;
            Ok(Self {
                x: object.required("x")?,
                y: object.optional("y")?,
                leaf: object.required("leaf")?,
            })
        }
    }

    impl<'de> Deserialize<'de> for Item {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let mut object = Object::read(deserializer)?;
            Ok(Self {
                id: object.required("id")?,
                name: object.required("name")?,
                middle: object.required("middle")?,
                leaves: object.required("leaves")?,
                tags: object.required("tags")?,
                note: object.absent_or_null("note")?,
            })
        }
    }
}

fn payload() -> String {
    let item = |i: usize| {
        format!(
            r#"{{"id":{i},"name":"item number {i}","unknown":"ignored text here","middle":{{"x":"middle","y":1.5,"leaf":{{"k":"key","v":7}}}},"leaves":[{{"k":"a","v":1}},{{"k":"b","v":2}},{{"k":"c","v":3}}],"tags":["one","two","three"],"note":null}}"#
        )
    };
    format!("[{}]", (0..100).map(item).collect::<Vec<_>>().join(","))
}

fn bench(c: &mut Criterion) {
    let json = payload();
    // Both read the same values.
    let a: Vec<derived::Item> = serde_json::from_str(&json).unwrap();
    let b: Vec<generated::Item> = serde_json::from_str(&json).unwrap();
    assert_eq!(a.len(), b.len());
    assert!(a.iter().zip(&b).all(|(a, b)| a.id == b.id
        && a.name == b.name
        && a.middle.leaf.v == b.middle.leaf.v
        && a.middle.x == b.middle.x
        && a.middle.y == b.middle.y
        && a.leaves.len() == b.leaves.len()
        && a.leaves.iter().zip(&b.leaves).all(|(p, q)| p.k == q.k)
        && a.tags == b.tags
        && a.note == b.note));
    let mut group = c.benchmark_group("decode_100_nested");
    group.bench_function("serde_derive", |bench| {
        bench.iter(|| serde_json::from_str::<Vec<derived::Item>>(&json).unwrap())
    });
    group.bench_function("member_by_member", |bench| {
        bench.iter(|| serde_json::from_str::<Vec<generated::Item>>(&json).unwrap())
    });
    group.bench_function("value_only", |bench| {
        bench.iter(|| serde_json::from_str::<serde_json::Value>(&json).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
