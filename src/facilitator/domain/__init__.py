"""Pure domain: records, enums and rules. Imports nothing from the rest of Facilitator."""
