//! Timeouts, retries and hooks: what a caller may set per client (and per call, on a
//! client copy made by [`crate::ApiClient::with_timeout`] and friends).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;

/// Connect timeout of a client built by the runtime.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Time allowed for one attempt, from sending the request to the last byte of the answer.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Time allowed for a whole call: every attempt and every wait between attempts. A retry
/// that could not finish before it is not made; an attempt is cut short at it.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(90);
/// Largest answer body read; a longer one is [`crate::Error::TooLarge`].
pub const DEFAULT_MAX_BODY: usize = 64 * 1024 * 1024;

/// When and how often a call is tried again.
///
/// By default a call is tried up to 3 times: again after a connection failure (nothing was
/// sent, whatever the method); after a `429 Too Many Requests` (whatever the method: the
/// server refused the request without acting on it, RFC 6585); and, for idempotent methods
/// (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`), after a `503`. Each retry waits what
/// `Retry-After` says (seconds or an HTTP date) or else an exponential backoff with jitter.
/// A failure after the request may have reached the server (a timeout, a reset connection)
/// is tried again only when [`RetryPolicy::after_send`] says so. A non-idempotent call
/// (`POST`, `PATCH`: every RPC call) is not tried again once the request may have been acted
/// on (a `503`, a timeout) unless [`RetryPolicy::non_idempotent`] is set.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all (1: no retry).
    pub max_attempts: u32,
    /// Backoff before the first retry; doubled for each further one.
    pub initial_backoff: Duration,
    /// Largest backoff (the cap).
    pub max_backoff: Duration,
    /// Longest `Retry-After` honoured; a longer one ends the call with the answer received.
    pub max_retry_after: Duration,
    /// Statuses tried again.
    pub statuses: Vec<u16>,
    /// Statuses by which a server refuses a request without acting on it: tried again
    /// (when also in `statuses`) whatever the method.
    pub refused: Vec<u16>,
    /// Try again after a failure once the request may have been sent (timeouts, resets).
    pub after_send: bool,
    /// Also try non-idempotent calls again after the request may have reached the server
    /// (on a listed status, and with `after_send` on failures).
    pub non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(60),
            statuses: vec![429, 503],
            refused: vec![429],
            after_send: false,
            non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retry.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The backoff before retry number `retry` (1-based): `initial · 2^(retry-1)`, capped,
    /// then a random part of it kept ("equal jitter": between half and all of it).
    pub fn backoff(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1));
        let full = self
            .initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff);
        let half = full / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

/// Reads a `Retry-After` value: delay-seconds or an HTTP date (then the time left until it,
/// zero when past).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// What a hook sees of a call.
#[derive(Debug, Clone, Copy)]
pub struct CallInfo<'a> {
    /// The operation id (`list_messages`).
    pub operation: &'a str,
    /// The route template or RPC method name (no parameter values).
    pub route: &'a str,
    /// 1 for the first attempt.
    pub attempt: u32,
}

/// An answer, as a hook sees it.
#[derive(Debug)]
pub struct Answered<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The headers.
    pub headers: &'a reqwest::header::HeaderMap,
    /// The body as received.
    pub body: &'a Bytes,
    /// Time from sending to the last byte.
    pub elapsed: Duration,
}

/// Watches or changes every call of a client: add a header, sign the request, log answers.
/// Both methods do nothing by default.
pub trait Hook: Send + Sync {
    /// Called with every outgoing request (each attempt), credentials already in place. An
    /// `Err` stops the call with [`crate::Error::InvalidRequest`].
    fn on_request(
        &self,
        call: &CallInfo<'_>,
        request: &mut reqwest::Request,
    ) -> Result<(), String> {
        let _ = (call, request);
        Ok(())
    }

    /// Called with every answer received (each attempt), before it is decoded.
    fn on_answer(&self, call: &CallInfo<'_>, answer: &Answered<'_>) {
        let _ = (call, answer);
    }
}

/// Settings of a call: timeout, retries, hooks, body limit.
#[derive(Clone)]
pub struct CallOptions {
    /// Time allowed for one attempt, from sending to the last byte of the answer.
    pub timeout: Duration,
    /// Time allowed for the whole call, retries and their waits included.
    pub deadline: Duration,
    /// Retries.
    pub retry: RetryPolicy,
    /// Largest body read.
    pub max_body: usize,
    /// Hooks, called in order.
    pub hooks: Vec<Arc<dyn Hook>>,
}

impl Default for CallOptions {
    fn default() -> Self {
        Self {
            timeout: DEFAULT_TIMEOUT,
            deadline: DEFAULT_DEADLINE,
            retry: RetryPolicy::default(),
            max_body: DEFAULT_MAX_BODY,
            hooks: Vec::new(),
        }
    }
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallOptions")
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("max_body", &self.max_body)
            .field("hooks", &self.hooks.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_seconds_or_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(parse_retry_after(" 1 ", now), Some(Duration::from_secs(1)));
        // RFC 9110's example date is 0 s after `now`; a later one gives the time left.
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn backoff_doubles_with_jitter_and_a_cap() {
        let p = RetryPolicy {
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(300),
            ..RetryPolicy::default()
        };
        for _ in 0..50 {
            let b1 = p.backoff(1);
            assert!((Duration::from_millis(50)..=Duration::from_millis(100)).contains(&b1));
            let b2 = p.backoff(2);
            assert!((Duration::from_millis(100)..=Duration::from_millis(200)).contains(&b2));
            let b9 = p.backoff(9);
            assert!((Duration::from_millis(150)..=Duration::from_millis(300)).contains(&b9));
        }
    }
}
