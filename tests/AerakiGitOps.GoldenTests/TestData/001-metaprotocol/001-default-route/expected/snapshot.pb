
@831710508965a8c090b31bed34137b205dbf8ceea4026a32b3d1022ba8bd8a8a
4org.apache.dubbo.samples.basic.api.demoservice_20880@fbdfb88451dbfec919d76256d28edbd69ea5cd5256bb5c6ce179047f7804c028”
4org.apache.dubbo.samples.basic.api.demoservice_20880\
dummy*P

/@
>outbound|20880||org.apache.dubbo.samples.basic.api.demoservicerdefault