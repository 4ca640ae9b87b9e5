
@e72dd40a8e80ff422293d1a253f43dfb50151f67af93dcf769c19ad2779613f6ñ
&hash.meta-hash.svc.cluster.local_20880@5dadb38804f63db23741cdd406c1102d1d23c4a31eb6e8f24f184fafce68e459„
&hash.meta-hash.svc.cluster.local_20880Z
dummy*N

/>
0outbound|20880||hash.meta-hash.svc.cluster.localz


methodrdefaultñ
&hash.meta-hash.svc.cluster.local_20881@6b9cfafa7360b46f63549ba44d6f1ed34e2ee80d329fe39e5a55d42da39557ee„
&hash.meta-hash.svc.cluster.local_20881Z
dummy*N

/>
0outbound|20881||hash.meta-hash.svc.cluster.localz


methodrdefault