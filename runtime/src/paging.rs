//! Streams of items over every page of a paged list.
//!
//! A generated `…_stream` method gives [`paginate`] a function that fetches one page at a
//! [`Position`] and says what the page holds ([`Page`]); the stream yields the items in
//! order, asks for the next page only when the items run out, stops on the last page, and
//! yields an error as an item (then ends).

use std::collections::VecDeque;
use std::future::Future;

use futures_core::Stream;

use crate::Error;

/// Where the next page starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    /// Offset paging: items to skip.
    Offset(u64),
    /// Cursor paging: `None` for the first page, then the cursor the last page gave.
    Cursor(Option<String>),
}

/// What one page holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<I> {
    /// The items.
    pub items: Vec<I>,
    /// Offset paging: the total number of items, when the answer gives it.
    pub total: Option<u64>,
    /// Offset paging: the page size asked for, when the request sets it (a shorter page is
    /// the last).
    pub limit: Option<u64>,
    /// Cursor paging: the cursor of the next page (`None` or empty: this is the last).
    pub next: Option<String>,
}

impl<I> Page<I> {
    /// A page of `items`, nothing else known.
    pub fn new(items: Vec<I>) -> Self {
        Self {
            items,
            total: None,
            limit: None,
            next: None,
        }
    }

    /// Where the page after this one starts, if there is one; `at` is where this one started.
    fn following(&self, at: &Position) -> Option<Position> {
        if self.items.is_empty() {
            return None;
        }
        match at {
            Position::Offset(start) => {
                let end = start.saturating_add(self.items.len() as u64);
                let short = self.limit.is_some_and(|l| (self.items.len() as u64) < l);
                let all = self.total.is_some_and(|t| end >= t);
                (!short && !all).then_some(Position::Offset(end))
            }
            Position::Cursor(_) => self
                .next
                .as_ref()
                .filter(|n| !n.is_empty())
                .map(|n| Position::Cursor(Some(n.clone()))),
        }
    }
}

struct State<I, F> {
    fetch: F,
    next: Option<Position>,
    items: VecDeque<I>,
}

/// The items of every page, starting at `start`; `fetch` gets one page.
pub fn paginate<I, E, F, Fut>(start: Position, fetch: F) -> impl Stream<Item = Result<I, Error<E>>>
where
    F: FnMut(Position) -> Fut,
    Fut: Future<Output = Result<Page<I>, Error<E>>>,
{
    let state = State {
        fetch,
        next: Some(start),
        items: VecDeque::new(),
    };
    futures_util::stream::unfold(state, |mut state| async move {
        loop {
            if let Some(item) = state.items.pop_front() {
                return Some((Ok(item), state));
            }
            let at = state.next.take()?;
            match (state.fetch)(at.clone()).await {
                Ok(page) => {
                    state.next = page.following(&at);
                    state.items.extend(page.items);
                }
                Err(e) => return Some((Err(e), state)),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    #[tokio::test]
    async fn offset_pages_stop_on_total_and_short_pages() {
        let all: Vec<u64> = (0..7).collect();
        let pages = std::cell::Cell::new(0);
        let got: Vec<u64> = paginate(Position::Offset(0), |at| {
            pages.set(pages.get() + 1);
            let Position::Offset(skip) = at else {
                unreachable!()
            };
            let items: Vec<u64> = all.iter().copied().skip(skip as usize).take(3).collect();
            async move {
                Ok::<_, Error>(Page {
                    items,
                    total: Some(7),
                    limit: Some(3),
                    next: None,
                })
            }
        })
        .map(|r| r.unwrap())
        .collect()
        .await;
        assert_eq!(got, all);
        assert_eq!(pages.get(), 3);
    }

    #[tokio::test]
    async fn cursor_pages_and_errors_pass_through() {
        let got: Vec<Result<u32, Error>> = paginate(Position::Cursor(None), |at| async move {
            match at {
                Position::Cursor(None) => Ok(Page {
                    next: Some("b".into()),
                    ..Page::new(vec![1, 2])
                }),
                Position::Cursor(Some(c)) if c == "b" => Ok(Page {
                    next: Some("c".into()),
                    ..Page::new(vec![3])
                }),
                _ => Err(Error::InvalidRequest("page c broke".into())),
            }
        })
        .collect()
        .await;
        assert_eq!(got.len(), 4);
        assert!(matches!(got[3], Err(Error::InvalidRequest(_))));
        assert_eq!(got[2].as_ref().ok(), Some(&3));
    }
}
