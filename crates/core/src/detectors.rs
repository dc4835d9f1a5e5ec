//! Every compiled detector, built once per `Redactor` and shared by all
//! threads.

use crate::email::EmailFinder;
use crate::iban::IbanFinder;
use crate::name::NameFinder;
use crate::on_demand::OnDemand;
use crate::phone::CallingCodes;
use crate::protect::Protector;

pub(crate) struct Detectors {
    pub protector: Protector,
    pub emails: EmailFinder,
    pub ibans: IbanFinder,
    pub names: NameFinder,
    pub codes: CallingCodes,
    /// `Bearer <token>` in headers and messages; group 1 is the token.
    pub bearer: OnDemand,
}

impl Detectors {
    pub(crate) fn new() -> Detectors {
        Detectors {
            protector: Protector::new(),
            emails: EmailFinder::new(),
            ibans: IbanFinder::new(),
            names: NameFinder::new(),
            codes: CallingCodes::new(),
            bearer: OnDemand::new(r"(?i-u)\bbearer\s+([A-Za-z0-9\-._~+/]{8,}=*)"),
        }
    }
}
