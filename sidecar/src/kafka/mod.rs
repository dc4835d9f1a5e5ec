//! `scrubline kafka`: a redaction stage in a consumer group. Records of the
//! input topics are redacted line by line with the pipe's engine and
//! policy and produced to the output topic under their (redacted) key.
//!
//! Work goes in rounds: poll up to `batch_size` records, redact and send
//! each, wait until the producer has acknowledged every one, then commit
//! the offsets after them. A record is therefore committed only once its
//! redacted form (or its dead-letter marker) is stored: a crash, a
//! rebalance or a failed delivery leaves it uncommitted, and the group
//! reads it again (at least once, never lost). SIGTERM ends the round in
//! progress, commits it, and leaves the group.

mod clients;
mod config;
mod record;
mod stats;

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::consumer::{CommitMode, Consumer as _};
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::producer::{BaseRecord, Producer as _};
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::{Offset, TopicPartitionList};

use crate::cli::Opts;
use crate::exit::Failure;
use crate::pipe::Shared;
use crate::settings::Settings;
use crate::stats::{BatchCounts, Target};
use crate::{keys, signals};
use clients::{describe, Consumer, Producer};
pub use config::KafkaConfig;
use config::Stage;
use record::Redacted;
use stats::Counters;

/// How long a round waits for its first record: also how soon a stop
/// signal is noticed when the topics are quiet.
const IDLE_POLL: Duration = Duration::from_millis(100);
/// How long a round keeps collecting once it has a record, so a trickle
/// of records is still committed promptly.
const ROUND_WINDOW: Duration = Duration::from_millis(50);

/// Runs the stage until SIGTERM/SIGINT, or a delivery fails.
pub fn main(opts: Opts) -> Result<(), Failure> {
    let settings = Settings::load(&opts)?;
    let mut stage = Stage::load(&opts)?;
    let shared = Arc::new(Shared::new(keys::build_redactor(&settings)?));
    signals::spawn(&shared, opts)?;
    let counters = Arc::new(Counters::default());
    if settings.stats != Target::Off && stage.consumer.get("statistics.interval.ms").is_none() {
        // librdkafka's statistics carry the lag; only needed when reported.
        let ms = settings.stats_interval.as_millis().to_string();
        stage.consumer.set("statistics.interval.ms", ms);
    }
    let consumer = clients::consumer(&stage.consumer, &counters)?;
    let producer = clients::producer(&stage.producer)?;
    let topics: Vec<&str> = stage.input.iter().map(String::as_str).collect();
    consumer.subscribe(&topics).map_err(|e| {
        Failure::config(format!(
            "kafka: cannot subscribe to {}: {}",
            topics.join(", "),
            describe(&e)
        ))
    })?;
    stats::spawn_reporter(
        &shared,
        &counters,
        settings.stats.clone(),
        settings.stats_interval,
    );
    let result = run(&shared, &stage, &consumer, &producer, &counters);
    counters.report(&shared, &settings.stats);
    result
}

/// One round's bookkeeping.
#[derive(Default)]
struct Round {
    /// Per input partition (topic, partition), the offset after its last
    /// record read. An instance holds few partitions: a list is enough.
    next: Vec<(String, i32, i64)>,
    read: u64,
    withheld: u64,
    lines: BatchCounts,
}

fn run(
    shared: &Shared,
    stage: &Stage,
    consumer: &Consumer,
    producer: &Producer,
    counters: &Counters,
) -> Result<(), Failure> {
    let mut out = Redacted::default();
    while !shared.stop.load(Ordering::Relaxed) {
        let round = collect(shared, stage, consumer, producer, &mut out)?;
        if round.read == 0 {
            continue;
        }
        await_acks(producer)?;
        shared.stats.add_out(&round.lines);
        counters.add_round(round.read, round.read - round.withheld, round.withheld);
        commit(consumer, &round.next)?;
    }
    Ok(())
}

/// Polls, redacts and sends up to `batch_size` records.
fn collect(
    shared: &Shared,
    stage: &Stage,
    consumer: &Consumer,
    producer: &Producer,
    out: &mut Redacted,
) -> Result<Round, Failure> {
    // A SIGHUP reload applies from the next round on.
    let redactor = shared.redactor();
    let mut round = Round::default();
    let mut deadline = None;
    while round.read < stage.batch_size as u64 && !shared.stop.load(Ordering::Relaxed) {
        let wait = deadline.map_or(IDLE_POLL, |d: Instant| {
            d.saturating_duration_since(Instant::now())
        });
        let msg = match consumer.poll(wait) {
            None => break,
            Some(Ok(msg)) => msg,
            // librdkafka retries fetch errors, and its log and error
            // callbacks have already said why: end the round.
            Some(Err(_)) => break,
        };
        deadline.get_or_insert_with(|| Instant::now() + ROUND_WINDOW);
        let (topic, partition, offset) = (msg.topic(), msg.partition(), msg.offset());
        match record::redact(&redactor, msg.key(), msg.payload(), out) {
            Some(counts) => {
                let mut rec = BaseRecord::<[u8], [u8]>::to(&stage.output);
                // Log records keep the time they were logged, not redacted.
                if let Some(ms) = msg.timestamp().to_millis() {
                    rec = rec.timestamp(ms);
                }
                if msg.key().is_some() {
                    rec = rec.key(&out.key[..]);
                }
                if msg.payload().is_some() {
                    rec = rec.payload(&out.value[..]);
                }
                send(producer, rec)?;
                shared.stats.add_in(counts.lines);
                add(&mut round.lines, &counts);
            }
            None => {
                let marker = record::marker(topic, partition, offset);
                send(
                    producer,
                    BaseRecord::<[u8], str>::to(&stage.dead_letter).payload(&marker),
                )?;
                round.withheld += 1;
            }
        }
        match round
            .next
            .iter_mut()
            .find(|(t, p, _)| *p == partition && t == topic)
        {
            Some(entry) => entry.2 = offset + 1,
            None => round.next.push((topic.to_string(), partition, offset + 1)),
        }
        round.read += 1;
    }
    Ok(round)
}

fn add(total: &mut BatchCounts, c: &BatchCounts) {
    total.lines += c.lines;
    total.changed += c.changed;
    total.failed += c.failed;
    total.findings.add(&c.findings);
}

/// Hands a record to the producer, waiting while its queue is full.
fn send<P: rdkafka::message::ToBytes + ?Sized>(
    producer: &Producer,
    mut rec: BaseRecord<'_, [u8], P>,
) -> Result<(), Failure> {
    loop {
        match producer.send(rec) {
            Ok(()) => {
                producer.context().sent();
                return Ok(());
            }
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), back)) => {
                rec = back;
                producer.poll(Duration::from_millis(10));
            }
            Err((e, back)) => {
                return Err(Failure::io(format!(
                    "kafka: cannot produce to {}: {}",
                    back.topic,
                    describe(&e)
                )))
            }
        }
    }
}

/// Waits for the delivery report of every record sent. Each comes within
/// librdkafka's `message.timeout.ms`, as a success or a failure.
fn await_acks(producer: &Producer) -> Result<(), Failure> {
    while producer.context().pending() > 0 {
        producer.poll(Duration::from_millis(1));
    }
    match producer.context().take_failure() {
        None => Ok(()),
        Some(e) => Err(Failure::io(format!(
            "kafka: a record was not delivered ({e}); stopping without committing its offset, so the group reads it again"
        ))),
    }
}

/// Commits the offsets after the round's records. A refused commit (the
/// partition moved in a rebalance) is not an error: its records are all
/// delivered, and the new owner reads them again at worst.
fn commit(consumer: &Consumer, next: &[(String, i32, i64)]) -> Result<(), Failure> {
    let mut offsets = TopicPartitionList::with_capacity(next.len());
    for (topic, partition, offset) in next {
        offsets
            .add_partition_offset(topic, *partition, Offset::Offset(*offset))
            .map_err(|e| {
                Failure::io(format!(
                    "kafka: offset of {topic}/{partition}: {}",
                    describe(&e)
                ))
            })?;
    }
    if let Err(e) = consumer.commit(&offsets, CommitMode::Sync) {
        eprintln!(
            "scrubline: kafka: offsets not committed ({}): those records will be read again",
            describe(&e)
        );
    }
    Ok(())
}
