package conference

// The children of the case and their carers are records of their own, not
// participants: a child is rarely at the table, a parent may be or not,
// and both must be found wherever their names were typed, so that the
// pseudonymised minutes can replace them (see export). They never enter
// the partner directory, which holds professionals only.
//
// The records hold the minimum (data minimisation): a child's first name,
// initials and year of birth instead of a birth date; a carer's name,
// relationship to the children and custody.

// Child is a child of the case: the one the conference is about, or a
// sibling. Siblings are assessed each on their own.
type Child struct {
	ID string `json:"id"`
	// FirstName is what the family and the professionals call the child;
	// Initials stand in for the full name where one is needed.
	FirstName string `json:"first_name,omitempty"`
	Initials  string `json:"initials,omitempty"`
	// BirthYear is the year of birth (0: unknown).
	BirthYear int `json:"birth_year,omitempty"`
	// SeenOn is when the child was last seen in person (§ 8a Abs. 1 S. 2
	// SGB VIII), zero when not (yet); SeenBy who saw the child: a
	// participant ID or, for someone not at the table, a name or role.
	SeenOn Date   `json:"seen_on"`
	SeenBy string `json:"seen_by,omitempty"`
}

// Seen reports whether the child was seen in person.
func (ch Child) Seen() bool { return !ch.SeenOn.IsZero() }

// AgeIn returns the child's age in the given year as far as the year of
// birth tells it (a child born in 2020 is "6" in 2026, whatever the day);
// ok is false when the year of birth is unknown or after year.
func (ch Child) AgeIn(year int) (age int, ok bool) {
	if ch.BirthYear <= 0 || ch.BirthYear > year {
		return 0, false
	}
	return year - ch.BirthYear, true
}

// Carer is a parent or another person caring for the children, each
// recorded separately: their custody status matters, and so does each
// one's own view.
type Carer struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Relationship is a RelationshipXxx code: who the carer is to the
	// children. The pseudonymised minutes name the carer by it ("die
	// Mutter").
	Relationship string `json:"relationship,omitempty"`
	// Custody is a CustodyXxx code.
	Custody string `json:"custody,omitempty"`

	// View is this carer's own view, brought into the round of
	// perspectives (each parent separately, never one "parents' view").
	View View `json:"view,omitzero"`
	// Stance is the carer's stance on the result of the risk assessment
	// (StanceXxx); who informs a carer not yet informed, and by when, is
	// an action that Informs them (carers.go).
	Stance string `json:"stance,omitempty"`
}

// Relationships of a carer to the children.
const (
	RelationshipMother       = "mother"
	RelationshipFather       = "father"
	RelationshipStepmother   = "stepmother"
	RelationshipStepfather   = "stepfather"
	RelationshipGrandmother  = "grandmother"
	RelationshipGrandfather  = "grandfather"
	RelationshipFosterMother = "foster_mother"
	RelationshipFosterFather = "foster_father"
	RelationshipGuardian     = "guardian"
	RelationshipOther        = "other"
)

// Custody (elterliche Sorge) a carer holds.
const (
	CustodyJoint    = "joint"    // gemeinsame elterliche Sorge
	CustodySole     = "sole"     // alleinige elterliche Sorge
	CustodyPartly   = "partly"   // teilweise entzogen (§ 1666 BGB)
	CustodyNone     = "none"     // keine elterliche Sorge
	CustodyGuardian = "guardian" // Vormundschaft / Pflegschaft
	CustodyUnknown  = "unknown"  // ungeklärt
)

// Code lists of the family records, in display order.
var (
	Relationships = []string{RelationshipMother, RelationshipFather, RelationshipStepmother, RelationshipStepfather,
		RelationshipGrandmother, RelationshipGrandfather, RelationshipFosterMother, RelationshipFosterFather,
		RelationshipGuardian, RelationshipOther}
	Custodies = []string{CustodyJoint, CustodySole, CustodyPartly, CustodyNone, CustodyGuardian, CustodyUnknown}
)

// AddChild appends a child with a new ID and returns it.
func (c *Conference) AddChild(ch Child) *Child {
	ch.ID = c.NextID("k")
	c.Children = append(c.Children, ch)
	return &c.Children[len(c.Children)-1]
}

// Child returns the child with the ID, or nil.
func (c *Conference) Child(id string) *Child {
	for i := range c.Children {
		if c.Children[i].ID == id {
			return &c.Children[i]
		}
	}
	return nil
}

// AddCarer appends a carer with a new ID and returns it.
func (c *Conference) AddCarer(p Carer) *Carer {
	p.ID = c.NextID("e")
	c.Carers = append(c.Carers, p)
	return &c.Carers[len(c.Carers)-1]
}

// Carer returns the carer with the ID, or nil.
func (c *Conference) Carer(id string) *Carer {
	for i := range c.Carers {
		if c.Carers[i].ID == id {
			return &c.Carers[i]
		}
	}
	return nil
}

// Message keys of problems with the family records.
const (
	KeyChildNameMissing    = "family.problem.child_name_missing"
	KeyChildBirthYear      = "family.problem.child_birth_year_invalid"
	KeyChildSeenByMissing  = "family.problem.child_seen_by_missing"
	KeyCarerNameMissing    = "family.problem.carer_name_missing"
	KeyRelationshipUnknown = "family.problem.carer_relationship_unknown"
	KeyCustodyUnknown      = "family.problem.carer_custody_unknown"
)

// oldestBirthYear bounds a child's year of birth from below: a young
// person in child protection is under 27 (§ 7 SGB VIII), so anything much
// older is a typing mistake.
const oldestBirthYear = 1990

// childrenAndCarers checks the children and carers: each child named by first name
// or initials, with a plausible year of birth and, when seen in person,
// by whom; each carer named, with known codes.
func (v *validator) childrenAndCarers() {
	c := v.c
	for _, ch := range c.Children {
		path := "children/" + ch.ID
		if ch.FirstName == "" && ch.Initials == "" {
			v.add(path+"/first_name", KeyChildNameMissing)
		}
		if ch.BirthYear != 0 && (ch.BirthYear < oldestBirthYear || !c.Date.IsZero() && ch.BirthYear > c.Date.Year) {
			v.add(path+"/birth_year", KeyChildBirthYear)
		}
		if ch.Seen() && ch.SeenBy == "" {
			v.add(path+"/seen_by", KeyChildSeenByMissing)
		}
	}
	for _, p := range c.Carers {
		path := "carers/" + p.ID
		if p.Name == "" {
			v.add(path+"/name", KeyCarerNameMissing)
		}
		if p.Relationship != "" && !contains(Relationships, p.Relationship) {
			v.add(path+"/relationship", KeyRelationshipUnknown)
		}
		if p.Custody != "" && !contains(Custodies, p.Custody) {
			v.add(path+"/custody", KeyCustodyUnknown)
		}
	}
}
