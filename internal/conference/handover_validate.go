package conference

// Message keys of a handover's problems.
const (
	KeyHandoverToMissing       = "handover.validation.to_missing"
	KeyHandoverRouteUnknown    = "handover.validation.route_unknown"
	KeyHandoverModeMissing     = "handover.validation.mode_missing"
	KeyHandoverReceiverMissing = "handover.validation.receiver_missing"
	KeyTakeoverOwnerMissing    = "handover.validation.takeover_owner_missing"
	KeyContactNameMissing      = "handover.validation.contact_name_missing"
	KeyHandoverNoContacts      = "handover.validation.no_contacts"
)

// handover checks what a handover must say: to whom, on which route and
// how it happened once it is described; who takes each open action on
// and whom to reach once those phases are behind.
func (v *validator) handover() {
	c := v.c
	if c.Kind != KindHandover {
		return
	}
	h := c.Handover
	if h == nil {
		h = &Handover{}
	}
	if h.To == "" {
		v.add("handover/to", KeyHandoverToMissing)
	}
	if h.Route != "" && !contains(Routes, h.Route) {
		v.add("handover/route", KeyHandoverRouteUnknown)
	}
	if v.passed(PhaseHandover) {
		if h.Route == "" {
			v.add("handover/route", KeyHandoverRouteUnknown)
		}
		if !contains(HandoverModes, h.Mode) {
			v.add("handover/mode", KeyHandoverModeMissing)
		}
		if h.Receiver == "" {
			v.add("handover/receiver", KeyHandoverReceiverMissing)
		}
	}
	if v.passed(PhaseTakeover) {
		for _, t := range h.Takeovers {
			if t.Owner == "" {
				v.add("handover/takeovers/"+t.ID+"/owner", KeyTakeoverOwnerMissing)
			}
		}
	}
	for _, x := range h.Contacts {
		if x.Name == "" && x.Function == "" {
			v.add("handover/contacts/"+x.ID+"/name", KeyContactNameMissing)
		}
	}
	if v.passed(PhaseContacts) && len(h.Contacts) == 0 {
		v.add("handover/contacts", KeyHandoverNoContacts)
	}
}
