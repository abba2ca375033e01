//! Learning and measuring actor detection on annotated text: the CoNLL-2003 reader, the
//! exact-span scores, and the training of the name model. Used by the `lector-eval` and
//! `lector-train` commands and their tests, never by the reader itself.

pub mod conll;
pub mod score;
pub mod train;
