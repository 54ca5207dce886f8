-- Version 15: what a contract delivers (issue 13, section 5). A contract may
-- deliver several of the services the needs assessment mapped (the falls
-- service's response team and its strength and balance classes), and may
-- cover more specifications than the one it was procured for (a block
-- contract for community services). The map's own free-text "linked
-- contract" stays as it was typed. A service or specification is listed once
-- per contract, a rule the contract register keeps with a sentence.
CREATE TABLE contract_service (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE
);
CREATE INDEX contract_service_by_contract ON contract_service(contract_id);
CREATE INDEX contract_service_by_service ON contract_service(service_id);

CREATE TABLE contract_specification (
    id INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
    specification_id INTEGER NOT NULL REFERENCES specification(id) ON DELETE CASCADE
);
CREATE INDEX contract_specification_by_contract ON contract_specification(contract_id);
CREATE INDEX contract_specification_by_specification ON contract_specification(specification_id);
