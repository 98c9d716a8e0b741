import CiteGraph

/// The map's colours and shapes: one hue per body and per relation, from Okabe & Ito's palette for
/// colour-blind readers ("Color Universal Design", 2008), with line patterns that keep relations
/// apart in greyscale print.
enum MapPalette {
  /// The focus document's fill: the palette's yellow, which no body uses.
  static let focusFill = "#F0E442"
  static let focusBorder = "#000000"

  /// A body's border colour and light fill.
  static func colors(of body: Body) -> (border: String, fill: String) {
    switch body {
    case .generalAssembly: ("#0072B2", "#DCEBF7")
    case .securityCouncil: ("#D55E00", "#F9E0D0")
    case .economicAndSocialCouncil: ("#009E73", "#D5F0E7")
    case .humanRightsCouncil: ("#E69F00", "#FBEFD4")
    case .commissionOnHumanRights: ("#CC79A7", "#F5E3EE")
    }
  }

  static func shape(of kind: DocumentKind) -> String {
    switch kind {
    case .resolution: "box"
    case .decision: "note"
    }
  }

  /// A document's style: its body's colours, white inside when the corpus lacks its text (its own
  /// citations are unknown, so the lineage stops there), and the focus in black on yellow.
  static func nodeStyle(body: Body, kind: DocumentKind, inCorpus: Bool, isFocus: Bool) -> NodeStyle {
    let (border, fill) = colors(of: body)
    if isFocus { return NodeStyle(shape: shape(of: kind), fill: focusFill, border: focusBorder, borderWidth: 3) }
    return NodeStyle(shape: shape(of: kind), fill: inCorpus ? fill : "#FFFFFF", border: border, borderWidth: 1)
  }

  /// Relations from the strongest commitment to the weakest: an edge with several is drawn as its
  /// strongest, and lists them all in its tooltip.
  static let strength: [Relation] = [
    .endorses, .reaffirms, .reiterates, .welcomes, .recalls, .acknowledges, .notes, .cites,
  ]

  static func primary(of relations: RelationSet) -> Relation {
    strength.first(where: relations.contains) ?? .cites
  }

  static func edgeStyle(of relation: Relation) -> EdgeStyle {
    switch relation {
    case .endorses: EdgeStyle(color: "#009E73", line: .solid, width: 2.2)
    case .reaffirms: EdgeStyle(color: "#0072B2", line: .solid, width: 1.6)
    case .reiterates: EdgeStyle(color: "#56B4E9", line: .solid, width: 1.4)
    case .welcomes: EdgeStyle(color: "#E69F00", line: .solid, width: 1.4)
    case .recalls: EdgeStyle(color: "#555555", line: .solid, width: 1)
    case .acknowledges: EdgeStyle(color: "#CC79A7", line: .dashed, width: 1.2)
    case .notes: EdgeStyle(color: "#888888", line: .dashed, width: 1)
    case .cites: EdgeStyle(color: "#999999", line: .dotted, width: 1.2)
    }
  }
}
