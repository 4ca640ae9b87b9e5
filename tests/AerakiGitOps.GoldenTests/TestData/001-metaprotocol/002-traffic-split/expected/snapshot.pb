
@5f7ae4d22cf42f7eb318a9f2573937a7fb1e798f6df9c7340f9a36cf5b2478d8Ì
4org.apache.dubbo.samples.basic.api.demoservice_20880@abc04094c3da4f816754dfd8a10f36aaa9d80e171708d73807e0be23108c9128Ñ
4org.apache.dubbo.samples.basic.api.demoservice_20880˜
dummy*‹
`
/2

foo"bar2;
	interface".org.apache.dubbo.samples.basic.api.DemoService2
method"sayHello—”
F
@outbound|20880|v1|org.apache.dubbo.samples.basic.api.demoservice
F
@outbound|20880|v2|org.apache.dubbo.samples.basic.api.demoservicePdrtraffic-split