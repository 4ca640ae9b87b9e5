
@c06e977c6b3a13e77e74608c67d074c8c89bb44ab235ae977c03bd5532befb7dà
&exported.team-a.svc.cluster.local_7000@c3d3baf32be1ccdc06cfbeab62feb9ea897692b419fbd6c49a3065430c09403at
&exported.team-a.svc.cluster.local_7000J
dummy*>

/2
0outbound|7000||exported.team-a.svc.cluster.localrall